"""Appointment rosters (聘任花名册): different column sets and orders, headers, date formats and
orientations (the title with its post grade, 聘任时间 as 2018年3月 / 2018.03 / 2018-03)."""

from __future__ import annotations

from .. import documents as D
from ._common import A4, A4_LANDSCAPE, KAI, MICRO, MING, Built, Page, cn, dotted, ink, layout, ym

LAYOUTS: dict = {}
GRADE = {"初级": "专技十二级", "中级": "专技九级", "副高级": "专技六级", "正高级": "专技三级"}


def _grade(title: str) -> str:
    from .appointment_letter import level_word

    return GRADE[level_word(title)]


def _fields(unit, rows):
    return {"unit": unit,
            "rows": [{"name": r["name"], "id_number": r["id_number"], "title": r["title"],
                      "appointed_on": ym(r["appointed_on"])} for r in rows]}


def _head(p: Page, title: str, unit, credit_code, department, fill_date, x2):
    p.text(p.width / 2, 60, title, 19, "center")
    p.row([(50, f"填报单位（盖章）：{unit}", 95), (x2, f"填报日期：{cn(fill_date)}", 95)], 10.5)
    p.row([(50, f"主管部门：{department}", 117), (x2, f"统一社会信用代码：{credit_code}", 117)],
          10.5)


layout(LAYOUTS, "appointment_roster.classic")(D.roster)


@layout(LAYOUTS, "appointment_roster.grade_columns")
def grade_columns(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """序号 姓名 身份证号码 专业技术资格 聘用岗位等级 聘任起始时间 (2018年3月)."""
    p = Page(*A4_LANDSCAPE, font=MING)
    _head(p, "专业技术人员岗位聘用花名册", unit, credit_code, department, fill_date, 480)
    table = [["序号", "姓名", "身份证号码", "专业技术资格", "聘用岗位等级", "聘任起始时间"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r["name"], r["id_number"], r["title"], _grade(r["title"]),
                      cn(r["appointed_on"])])
    y = p.table(50, 135, [45, 80, 200, 150, 120, 147], table, 25, 10.5)
    p.row([(480, "单位负责人：", y + 40), (640, "经办人：", y + 40)], 10.5)
    p.seal(180, y + 50, 110, unit, seed=seed + 5, **ink(seed))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


@layout(LAYOUTS, "appointment_roster.portrait_term")
def portrait_term(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """Portrait: 姓名 first, 性别, 身份证号, 聘任职务, 聘任起止时间 (2018.03-2021.02), 备注."""
    p = Page(*A4, font=MICRO)
    p.text(297, 70, f"{unit}", 16, "center")
    p.text(297, 96, "聘任专业技术职务人员名单", 18, "center")
    p.text(60, 126, f"统一社会信用代码：{credit_code}", 10)
    table = [["姓名", "性别", "身份证号", "聘任职务", "聘任起止时间", "备注"]]
    for r in rows:
        start = r["appointed_on"]
        y2, m2 = int(start[:4]) + 3, int(start[5:7]) - 1
        if m2 == 0:
            y2, m2 = y2 - 1, 12
        table.append([r["name"], r["gender"], r["id_number"], r["title"],
                      f"{dotted(start)}-{y2}.{m2:02d}", "续聘" if int(start[:4]) < 2021 else ""])
    y = p.table(40, 140, [62, 36, 150, 92, 120, 55], table, 26, 9.5)
    p.text(360, y + 60, f"{unit}（盖章）", 10.5)
    p.text(360, y + 86, cn(fill_date), 10.5)
    p.seal(440, y + 70, 104, unit, seed=seed + 5, **ink(seed + 1))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


@layout(LAYOUTS, "appointment_roster.department_iso")
def department_iso(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """Unit block as a boxed header, 序号 部门 姓名 身份证号 聘用岗位 聘用时间 (2018-03)."""
    p = Page(*A4_LANDSCAPE, font=KAI)
    p.text(421, 56, "事业单位专业技术岗位聘用人员名册", 19, "center")
    p.rect(50, 76, 742, 50, (0, 0, 0), None, 0.8)
    p.row([(60, f"单位名称：{unit}", 96), (470, f"主管部门：{department}", 96)], 10.5)
    p.row([(60, f"统一社会信用代码：{credit_code}", 118), (470, f"制表时间：{fill_date}", 118)],
          10.5)
    table = [["序号", "部门", "姓名", "身份证号", "聘用岗位", "聘用时间"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), "技术部", r["name"], r["id_number"], r["title"],
                      r["appointed_on"][:7]])
    y = p.table(50, 140, [45, 90, 90, 210, 160, 147], table, 24, 10.5)
    p.text(560, y + 50, "（单位公章）", 10.5)
    p.seal(600, y + 44, 108, unit, seed=seed + 5, **ink(seed + 2))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


@layout(LAYOUTS, "appointment_roster.date_first")
def date_first(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """聘任时间 right after 序号, the title with its grade in brackets, 出生年月 column."""
    from .appointment_letter import level_word

    p = Page(*A4_LANDSCAPE)
    _head(p, f"{unit}{fill_date[:4]}年度聘任人员花名册", unit, credit_code, department, fill_date,
          500)
    table = [["序号", "聘任时间", "姓名", "性别", "出生年月", "公民身份号码", "聘任专业技术职务"]]
    for i, r in enumerate(rows, 1):
        idn = r["id_number"]
        table.append([str(i), f"{int(r['appointed_on'][:4])}年{r['appointed_on'][5:7]}月",
                      r["name"], r["gender"], f"{idn[6:10]}.{idn[10:12]}", idn,
                      f"{r['title']}（{level_word(r['title'])}）"])
    y = p.table(50, 135, [40, 95, 75, 40, 75, 190, 227], table, 24, 10)
    p.row([(500, "单位（盖章）", y + 50)], 10.5)
    p.seal(540, y + 40, 110, unit, seed=seed + 5, **ink(seed + 3))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- fresh (round 2)
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as `fresh`.

@layout(LAYOUTS, "appointment_roster.renshe_approved")
def renshe_approved(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """The 事业单位专业技术人员聘任花名册 as filed with and stamped by the 人社 bureau: 编号 and
    报送单位 above a landscape table 序号 / 姓名 / 性别 / 出生年月 / 身份证号码 / 聘任专业技术职务 /
    聘任时间 (2018年03月, zero-padded) / 备注, the unit's seal at the left and the bureau's
    审核 seal and opinion at the right."""
    p = Page(*A4_LANDSCAPE, font=MING)
    p.text(770, 40, f"编号：{fill_date[:4]}-{hash_int(unit) % 900 + 100}", 9.5, "right")
    p.text(421, 66, "事业单位专业技术人员聘任花名册", 19, "center")
    p.row([(50, f"报送单位：{unit}", 98), (560, f"主管部门：{department}", 98)], 10.5)
    table = [["序号", "姓名", "性别", "出生年月", "身份证号码", "聘任专业技术职务", "聘任时间",
              "备注"]]
    for i, r in enumerate(rows, 1):
        idn = r["id_number"]
        table.append([str(i), r["name"], r["gender"], f"{idn[6:10]}.{idn[10:12]}", idn, r["title"],
                      f"{r['appointed_on'][:4]}年{r['appointed_on'][5:7]}月", ""])
    y = p.table(50, 112, [38, 70, 38, 70, 180, 130, 100, 116], table, 24, 10)
    p.text(60, y + 36, "单位负责人：          经办人：          "
                       f"联系电话：0772-{2800000 + hash_int(unit) % 99999}", 10)
    p.text(150, y + 74, "报送单位（盖章）", 10.5)
    p.text(150, y + 98, cn(fill_date), 10.5)
    p.seal(200, y + 80, 100, unit, seed=seed + 5, **ink(seed + 4))
    p.rect(470, y + 54, 322, 90, (0, 0, 0), None, 0.8)
    p.text(480, y + 74, "人力资源社会保障部门审核意见：", 10.5)
    p.text(500, y + 98, "经审核，同意聘任。", 10.5)
    p.text(640, y + 128, cn(fill_date[:7] + "-28"), 10.5)
    bureau = "柳州市人力资源和社会保障局"
    p.seal(700, y + 100, 96, bureau, bottom="事业单位人事管理专用章", seed=seed + 9,
           **ink(seed + 1))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


@layout(LAYOUTS, "appointment_roster.excel_print", cn_dates=False)
def excel_print(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """A spreadsheet printout (Excel/WPS 表格): a merged title row, thin grid, the ID number
    before the name, Excel dates (2018/3/1), an 在岗状态 column and the 第 1 页，共 1 页 footer;
    the unit seal stamped near the bottom of the table."""
    p = Page(*A4, font=MICRO)
    p.text(297, 64, f"{unit}在岗专业技术人员聘任情况表", 14, "center")
    p.row([(40, f"制表单位：{unit}", 90), (400, f"制表日期：{fill_date.replace('-', '/')}", 90)], 9)
    table = [["序号", "身份证号", "姓名", "性别", "现聘职称", "聘任日期", "在岗状态"]]
    for i, r in enumerate(rows, 1):
        ap = r["appointed_on"]
        table.append([str(i), r["id_number"], r["name"], r["gender"], r["title"],
                      f"{int(ap[:4])}/{int(ap[5:7])}/1", "在岗"])
    y = p.table(40, 100, [32, 140, 60, 34, 110, 80, 59], table, 20, 9)
    p.text(40, y + 30, "制表人：", 9)
    p.text(300, y + 30, "审核人：", 9)
    p.seal(420, y + 20, 100, unit, seed=seed + 5, **ink(seed + 2))
    p.text(297, 815, "第 1 页，共 1 页", 8.5, "center")
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


def hash_int(text: str) -> int:
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


# --------------------------------------------------------------------------- round 3
# Drawn by another hand, blind to the extractors: data/samples/layouts.toml lists them as
# `round3` (the next blind exam, drawn only by the others3 profile).

CN_ORD = "一二三四五六七八九十"


@layout(LAYOUTS, "appointment_roster.wenjian_fujian", pages=2)
def wenjian_fujian(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """The unit's own red-headed 聘任通知 with the roster as its 附件 (how 事业单位 announce a
    聘任 round internally): page 1 the 文件 head, 文号, 关于聘任张三等7名同志专业技术职务的通知,
    a body (经单位岗位聘用委员会评议...决定聘任...（名单附后）), the seal over the date and the
    抄送 / 印发 lines; page 2 附件 with 序号 / 姓名 / 性别 / 身份证号码 / 聘任专业技术职务 /
    聘任时间 (2021年1月起)."""
    from ..layout import Line
    from ._common import text_width

    red = (200, 20, 25)
    year = fill_date[:4]
    short = unit.replace("柳州市", "")[:4]
    p = Page(*A4, font=MING)
    p.text(297, 110, f"{unit}文件", 26 if len(unit) <= 14 else 21, "center", red)
    p.text(297, 160, f"{short}人〔{year}〕{5 + seed % 30}号", 13, "center")
    p.items.append(Line(60, 176, 535, 176, 2.0, red))
    first = rows[0]["name"]
    head = f"关于聘任{first}等{len(rows)}名同志专业技术职务的通知"
    p.text(297, 226, head, 16, "center")
    p.text(60, 270, "各科室、各部门：", 13.5)
    body = (f"根据岗位设置和聘用管理有关规定，经单位岗位聘用委员会评议，并报{department}同意，"
            f"决定聘任{first}等{len(rows)}名同志相应专业技术职务（名单附后），聘期三年，"
            "聘任时间见名单。")
    y = p.wrapped(60, 304, body, 475, 13.5, 27, first_indent=27)
    p.text(60, y + 14, "附件：聘任专业技术职务人员名单", 13.5)
    p.text(500, y + 96, unit, 13.5, "right")
    p.text(500, y + 126, cn(fill_date), 13.5, "right")
    p.seal(500 - text_width(unit, 13.5) / 2, y + 104, 116, unit, seed=seed + 81, **ink(seed))
    p.text(60, 770, f"抄送：{department}。", 10.5)
    p.hline(60, 535, 780, 0.6)
    p.text(60, 796, f"{unit}办公室    {cn(fill_date)}印发", 10.5)
    p.text(297, 826, "— 1 —", 10, "center")
    q = Page(*A4, font=MING)
    q.text(60, 60, "附件", 13)
    q.text(297, 96, "聘任专业技术职务人员名单", 17, "center")
    table = [["序号", "姓名", "性别", "身份证号码", "聘任专业技术职务", "聘任时间"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r["name"], r["gender"], r["id_number"], r["title"],
                      cn(r["appointed_on"]) + "起"])
    yb = q.table(40, 116, [36, 62, 36, 150, 110, 121], table, 28, 10.5)
    q.text(40, yb + 26, f"合计：{len(rows)}人", 10.5)
    q.text(297, 826, "— 2 —", 10, "center")
    return Built("appointment_roster", [p, q], _fields(unit, rows), seal=unit)


@layout(LAYOUTS, "appointment_roster.grouped_by_title", cn_dates=False)
def grouped_by_title(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """A 聘任人员名单 grouped by the post: no title column, instead a merged section row per
    title (一、高级工程师（3人）) in order of grade, the rows under it (序号 / 姓名 / 性别 /
    出生年月 / 身份证号码 / 聘任起始日期 as 2021.01.01); the unit and the seal at the foot,
    制表人 / 审核人 and a 第1页 footer."""
    from ..layout import Line, Text
    from ._common import HEI
    from .appointment_letter import level_word

    grade = {"正高级": 0, "副高级": 1, "中级": 2, "初级": 3}
    titles = sorted(dict.fromkeys(r["title"] for r in rows),
                    key=lambda t: (grade[level_word(t)], [r["title"] for r in rows].index(t)))
    ordered = [r for t in titles for r in rows if r["title"] == t]
    p = Page(*A4, font=MICRO)
    p.text(297, 66, f"{unit}", 15, "center")
    p.text(297, 92, f"{fill_date[:4]}年度专业技术职务聘任人员名单", 17, "center")
    widths = [40, 70, 40, 75, 170, 95]
    x0 = 52
    total = sum(widths)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    rh = 24
    y = 112
    lines_ = [["序号", "姓名", "性别", "出生年月", "身份证号码", "聘任起始日期"]]
    kinds = ["head"]
    n = 0
    for gi, t in enumerate(titles):
        members = [r for r in ordered if r["title"] == t]
        lines_.append([f"{CN_ORD[gi]}、{t}（{len(members)}人）"])
        kinds.append("section")
        for r in members:
            n += 1
            idn = r["id_number"]
            lines_.append([str(n), r["name"], r["gender"], f"{idn[6:10]}.{idn[10:12]}", idn,
                           f"{r['appointed_on'][:4]}.{r['appointed_on'][5:7]}.01"])
            kinds.append("row")
    for k, (cells, kind) in enumerate(zip(lines_, kinds)):
        top = y + k * rh
        p.items.append(Line(x0, top, x0 + total, top, 1.0 if k == 0 else 0.6))
        base = top + rh / 2 + 4
        if kind == "section":
            p.items.append(Line(x0, top, x0, top + rh, 0.6))
            p.items.append(Line(x0 + total, top, x0 + total, top + rh, 0.6))
            p.items.append(Text(x0 + 10, base, cells[0], 11, "left", (20, 20, 20), HEI))
        else:
            for c, cell in enumerate(cells):
                p.items.append(Text(xs[c] + widths[c] / 2, base, cell, 10.5, "center",
                                    (20, 20, 20), MICRO))
            for x in xs:
                p.items.append(Line(x, top, x, top + rh, 0.6))
        p.lines.append(" ".join(cells))
    yb = y + len(lines_) * rh
    p.items.append(Line(x0, yb, x0 + total, yb, 1.0))
    p.row([(60, "制表人：人事科", yb + 30), (330, "审核人：分管领导", yb + 30)], 10.5)
    p.text(330, yb + 80, f"{unit}（盖章）", 11)
    p.text(330, yb + 106, f"{fill_date[:4]}.{fill_date[5:7]}.{fill_date[8:10]}", 11)
    p.seal(400, yb + 86, 108, unit, seed=seed + 83, **ink(seed + 2))
    p.text(297, 815, "第1页", 9, "center")
    out = [{"name": r["name"], "id_number": r["id_number"], "title": r["title"],
            "appointed_on": ym(r["appointed_on"])} for r in ordered]
    return Built("appointment_roster", [p], {"unit": unit, "rows": out}, seal=unit)



# --------------------------------------------------------------------------- round 4
# Drawn by another hand after round 3's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round4` (drawn only by the others4 profile).

@layout(LAYOUTS, "appointment_roster.shouxie_buchong")
def shouxie_buchong(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """A portrait printout of the unit's roster, scanned back after the personnel clerk
    checked it by hand: the printed rows (序号 姓名 性别 公民身份号码 专业技术职务 聘任时间
    as 2018年3月), the last person written in below the printed rows in pen with 补 in the
    序号 cell (someone left out of the spreadsheet), the clerk's initials and date beside the
    table, and the unit's seal over 单位（盖章）."""
    from ._common import PEN

    p = Page(*A4, background=(252, 252, 250), font=MING)
    p.text(297, 70, "专业技术人员聘任情况登记表", 18, "center")
    p.text(60, 102, f"单位（盖章）：{unit}", 11)
    p.text(60, 122, f"统一社会信用代码：{credit_code}", 10.5)
    widths = [34, 62, 34, 150, 110, 85]
    x0 = 60
    table = [["序号", "姓名", "性别", "公民身份号码", "专业技术职务", "聘任时间"]]
    printed, added = rows[:-1], rows[-1]
    for i, r in enumerate(printed, 1):
        a = r["appointed_on"]
        table.append([str(i), r["name"], r["gender"], r["id_number"], r["title"],
                      f"{int(a[:4])}年{int(a[5:7])}月"])
    rh = 26
    y = p.table(x0, 140, widths, table + [[""] * 6, [""] * 6], rh, 10, line=False)
    for cells in table:
        p.lines.append(" ".join(cells))
    hy = 140 + len(table) * rh + rh / 2 + 5
    a = added["appointed_on"]
    cells = ["补", added["name"], added["gender"], added["id_number"], added["title"],
             f"{int(a[:4])}.{int(a[5:7])}"]
    cx = x0
    for w, c in zip(widths, cells):
        p.text(cx + w / 2, hy, c, 10.5 if c != added["id_number"] else 10, "center", PEN,
               line=False, font=KAI)
        cx += w
    p.lines.append(" ".join(cells))
    p.text(x0 + sum(widths) - 8, hy + 22,
           f"已核 {fill_date[5:7].lstrip('0')}/{fill_date[8:].lstrip('0')}",
           10, "right", PEN, font=KAI)
    p.text(60, y + 40, "填表人：", 11)
    p.text(330, y + 40, "审核人：", 11)
    p.text(330, y + 84, "单位（盖章）", 11)
    p.text(330, y + 110, cn(fill_date), 11)
    p.seal(380, y + 86, 104, unit, seed=seed + 5, **ink(seed))
    return Built("appointment_roster", [p], _fields(unit, printed + [added]), seal=unit)


# --------------------------------------------------------------------------- round 5
# Drawn by another hand after round 4's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round5` (drawn only by the others5 profile).

PREVIOUS_GRADE = {"专技十二级": "—", "专技九级": "专技十级", "专技六级": "专技七级",
                  "专技三级": "专技四级"}


@layout(LAYOUTS, "appointment_roster.shuangceng_biaotou", cn_dates=False)
def shuangceng_biaotou(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """The 岗位聘用人员审核花名册 a 事业单位 files with its 主管部门 when posts change: landscape,
    a two-level header (序号 / 姓名 / 性别 / 出生年月 / 公民身份号码 / 原聘岗位等级 each over
    two rows, then 现聘岗位 spanning 岗位等级 / 聘任职务 / 聘任时间, and 备注), 聘任时间 as
    2018.3, the unit's seal over 单位（盖章） in the header lines at the top, and an empty
    主管部门审核意见 box at the foot."""
    from ..layout import Line, Text

    p = Page(*A4_LANDSCAPE, font=MING)
    p.text(421, 56, "事业单位岗位聘用人员审核花名册", 19, "center", font=KAI)
    p.row([(50, f"单位（盖章）：{unit}", 90), (470, f"主管部门：{department}", 90)], 10.5)
    p.row([(50, f"统一社会信用代码：{credit_code}", 112), (470, f"填报时间：{cn(fill_date)}", 112)],
          10.5)
    p.seal(190, 94, 100, unit, seed=seed + 161, **ink(seed))
    widths = [36, 62, 34, 62, 160, 78, 74, 106, 72, 58]
    x0, top, rh = 50, 128, 22
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)

    def cell(c0, c1, y, h, text, size=10):
        p.items.append(Text((xs[c0] + xs[c1]) / 2, y + h / 2 + size * 0.36, text, size, "center",
                            (20, 20, 20), MING))

    heads1 = ["序号", "姓名", "性别", "出生年月", "公民身份号码", "原聘岗位等级"]
    for c, t in enumerate(heads1):
        cell(c, c + 1, top, 2 * rh, t)
    cell(6, 9, top, rh, "现聘岗位")
    cell(9, 10, top, 2 * rh, "备注")
    heads2 = ["岗位等级", "聘任职务", "聘任时间"]
    for c, t in enumerate(heads2, 6):
        cell(c, c + 1, top + rh, rh, t)
    p.lines.append(" ".join([*heads1, "现聘岗位", "备注"]))
    p.lines.append(" ".join(heads2))
    p.items.append(Line(xs[6], top + rh, xs[9], top + rh, 0.6))
    for x in xs:
        if x in (xs[7], xs[8]):
            p.items.append(Line(x, top + rh, x, top + 2 * rh, 0.6))
        else:
            p.items.append(Line(x, top, x, top + 2 * rh, 0.6))
    p.items.append(Line(xs[0], top, xs[-1], top, 1.2))
    y = top + 2 * rh
    body = []
    for i, r in enumerate(rows, 1):
        idn, ap, grade = r["id_number"], r["appointed_on"], _grade(r["title"])
        before = PREVIOUS_GRADE[grade]
        body.append([str(i), r["name"], r["gender"], f"{idn[6:10]}.{idn[10:12]}", idn, before,
                     grade, r["title"], f"{int(ap[:4])}.{int(ap[5:7])}",
                     "首次聘任" if before == "—" else "晋升"])
    yb = p.table(x0, y, widths, body, 26, 10, header_rows=0)
    p.items.append(Line(xs[0], y, xs[-1], y, 1.0))
    p.row([(60, "单位负责人：", yb + 30), (300, "填表人：", yb + 30),
           (520, f"联系电话：0772-{2700000 + hash_int(unit) % 99999}", yb + 30)], 10.5)
    p.rect(470, yb + 46, 322, 80, (0, 0, 0), None, 0.8)
    p.text(480, yb + 66, "主管部门审核意见：", 10.5)
    p.text(600, yb + 114, "（盖章）    年    月    日", 10.5)
    p.text(421, 580, "注：本表一式三份，报主管部门审核后一份存单位、一份存个人档案、"
                     "一份报人社部门备案。", 9, "center", (90, 90, 90))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 6
# Drawn by another hand after round 5's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round6` (drawn only by the others6 profile).

@layout(LAYOUTS, "appointment_roster.xitong_dayin", cn_dates=False)
def xitong_dayin(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """The roster printed from the browser out of the 事业单位人事管理信息系统 (the bureau's
    web system where posts and appointments are 备案ed) and then stamped by the unit: the
    browser's own header and footer lines (print date and time, the page title, the address
    of the page and 1/1), the system's blue bar and breadcrumb, the query fields 单位名称 /
    统一社会信用代码 / 主管部门, a grid with a grey header (序号 / 姓名 / 性别 / 身份证号码 /
    岗位类别 / 岗位等级 / 聘用职务 / 聘用起始日期 as 2018-03-01 / 备案状态), 共 N 条记录, and
    the unit's seal stamped over the end of the table."""
    from ..layout import Text

    grey = (110, 110, 110)
    blue = (32, 96, 170)
    hh, mm = 9 + seed % 8, seed % 60
    p = Page(*A4_LANDSCAPE, background=(255, 255, 255), font=MICRO)
    stamp = f"{fill_date[:4]}/{int(fill_date[5:7])}/{int(fill_date[8:10])} {hh}:{mm:02d}"
    p.row([(24, stamp, 20), (360, "岗位聘用人员查询 - 事业单位人事管理信息系统", 20)], 7.5)
    p.rect(40, 34, 762, 28, None, blue, 0)
    p.text(52, 53, "事业单位人事管理信息系统", 12, color=(255, 255, 255))
    p.text(790, 53, f"当前用户：{unit[:12]}", 8.5, "right", (225, 235, 250))
    p.text(40, 80, "当前位置：岗位管理 > 岗位聘用 > 聘用人员查询", 8.5, color=grey)
    p.row([(40, f"单位名称：{unit}", 104), (330, f"统一社会信用代码：{credit_code}", 104),
           (590, f"主管部门：{department}", 104)], 9.5)
    widths = [36, 66, 36, 150, 86, 72, 110, 96, 74]
    x0, top, rh = 40, 118, 24
    p.rect(x0, top, sum(widths), rh, None, (226, 230, 236), 0)
    table = [["序号", "姓名", "性别", "身份证号码", "岗位类别", "岗位等级", "聘用职务",
              "聘用起始日期", "备案状态"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r["name"], r["gender"], r["id_number"], "专业技术岗位",
                      _grade(r["title"]), r["title"], f"{r['appointed_on']}-01", "已备案"])
    y = p.table(x0, top, widths, table, rh, 9.5)
    for it in p.items:  # the system's grid is a light grey
        if type(it).__name__ == "Line" and it.y1 >= top:
            it.color = (150, 150, 150)
    p.items.append(Text(x0, y + 20, f"共 {len(rows)} 条记录", 9, "left", grey, MICRO))
    p.lines.append(f"共 {len(rows)} 条记录")
    p.text(x0 + sum(widths), y + 20, "第 1/1 页", 9, "right", grey)
    p.seal(x0 + sum(widths) - 44, y + 6, 108, unit, seed=seed + 251, **ink(seed + 3))
    p.row([(24, f"http://10.45.{seed % 200}.{10 + seed % 90}/rsgl/gwpy/pyry/print.do?"
                f"dwdm={credit_code}", 584), (790, "1/1", 584)], 7.5)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 7
# Drawn by another hand after round 6's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round7` (drawn only by the others7 profile).

@layout(LAYOUTS, "appointment_roster.taizhang_shouxie", cn_dates=False)
def taizhang_shouxie(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """A page of the personnel office's hand-kept 聘任登记台账 (a bound ledger bought ruled
    blank: blue rows, red column rules, a red 登记簿 head), photographed flat on a desk with a
    phone: every entry written in pen by the clerk (序号 / 姓名 / 性别 / 身份证号码 / 聘任职务 /
    聘任时间 as 2018.3 / 经办人), one 聘任时间 written wrong first, struck through with two
    strokes and the right one written after it with the clerk's small red square name stamp
    (更正章) beside it, as ledgers are corrected; the unit's name written at the head, and the
    unit's seal stamped at the foot over 单位（盖章） and the date."""
    from ..layout import Line, Text
    from ._common import PEN, desk, other_people, text_width

    clerk = other_people(f"taizhang:{unit}", 1)[0][0]
    red, blue = (200, 70, 70), (120, 160, 205)
    p = Page(900.0, 660.0, font=KAI)
    sx, sy, sw, sh = 40, 34, 820, 592
    desk(p, seed, sx, sy, sw, sh, (250, 248, 238))
    p.text(450, 76, "专业技术职务聘任登记簿", 20, "center", red, font=MING)
    p.items.append(Text(80, 108, "单位：", 11, "left", (60, 60, 60), MING))
    p.items.append(Text(116, 108, unit, 13, "left", PEN, KAI))
    p.lines.append(f"单位：{unit}")
    heads = ["序号", "姓名", "性别", "身份证号码", "聘任职务", "聘任时间", "经办人"]
    widths = [44, 78, 44, 200, 130, 150, 94]
    x0, top = 80, 120
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    n = max(len(rows) + 2, 12)
    rh = min(30.0, 430.0 / (n + 1))
    for r in range(n + 2):
        p.items.append(Line(x0, top + r * rh, xs[-1], top + r * rh, 0.8 if r < 2 else 0.5,
                            blue))
    for x in xs:
        p.items.append(Line(x, top, x, top + (n + 1) * rh, 0.9, red))
    for c, h in enumerate(heads):
        p.items.append(Text((xs[c] + xs[c + 1]) / 2, top + rh / 2 + 4, h, 10.5, "center",
                            red, MING))
    p.lines.append(" ".join(heads))
    wrong = seed % len(rows)
    for i, r in enumerate(rows):
        base = top + (i + 1) * rh + rh / 2 + 5
        ap = r["appointed_on"]
        when = f"{int(ap[:4])}.{int(ap[5:7])}"
        cells = [str(i + 1), r["name"], r["gender"], r["id_number"], r["title"], when, clerk]
        for c, cell in enumerate(cells):
            if c == 5 and i == wrong:
                bad = f"{int(ap[:4]) + 1}.{int(ap[5:7])}"
                bx = xs[5] + 8
                p.items.append(Text(bx, base, bad, 11.5, "left", PEN, KAI))
                bw = text_width(bad, 11.5, KAI)
                for dy in (-6, -3):
                    p.items.append(Line(bx - 2, base + dy, bx + bw + 2, base + dy, 0.8, PEN))
                p.items.append(Text(bx + bw + 8, base, when, 11.5, "left", PEN, KAI))
                nx = xs[6] - 22
                p.rect(nx, base - 13, 16, 16, (200, 40, 40), None, 1.0)
                p.items.append(Text(nx + 8, base - 1, clerk[-1], 9, "center", (200, 40, 40),
                                    MING))
            else:
                p.items.append(Text((xs[c] + xs[c + 1]) / 2, base, cell,
                                    10.5 if c == 3 else 11.5, "center", PEN, KAI))
        p.lines.append(" ".join(cells))
    yb = top + (n + 1) * rh
    p.items.append(Text(560, yb + 34, "单位（盖章）", 11, "left", (60, 60, 60), MING))
    p.items.append(Text(560, yb + 60, f"{fill_date[:4]}.{int(fill_date[5:7])}."
                        f"{int(fill_date[8:10])}", 12.5, "left", PEN, KAI))
    p.lines.append("单位（盖章）")
    p.lines.append(f"{fill_date[:4]}.{int(fill_date[5:7])}.{int(fill_date[8:10])}")
    p.items.append(Text(840, 612, f"第{3 + seed % 20}页", 9, "right", (120, 120, 120), MING))
    p.lines.append(f"第{3 + seed % 20}页")
    p.seal(620, yb + 40, 104, unit, seed=seed + 275, **ink(seed + 4))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 8
# Drawn by another hand after round 7's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round8` (drawn only by the others8 profile).

@layout(LAYOUTS, "appointment_roster.chuanzhen_jian")
def chuanzhen_jian(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """The roster as a fax (传真件) the unit sent to the 主管部门 or the 职改办 and the
    applicant later copied: the receiving machine's header line across the top (date, time,
    the sender's number, P.01), a 传真 cover block (致 / 发件单位 / 页数 / 日期), the title
    专业技术人员聘任名册, the table 序号 / 姓名 / 性别 / 身份证号 / 专业技术职务 / 聘任日期
    (2018年3月1日) / 备注, 经办人 and 联系电话 at the foot, and the unit's seal gone black and
    grey as faxes render red, printed on the machine's thermal-grey paper with the print
    head's faint streaks running down the page."""
    from ..layout import Line
    from ._common import grid

    ink_black = (45, 45, 45)
    p = Page(*A4, background=(244, 244, 240), font=MING)
    hh, mm = 9 + seed % 8, (seed * 7) % 60
    fax_no = f"0772-{2600000 + seed % 900000}"
    stamp = f"{fill_date[:4]}-{fill_date[5:7]}-{fill_date[8:10]} {hh:02d}:{mm:02d}"
    p.row([(20, stamp, 18), (170, f"FROM: {fax_no}", 18), (440, "P.01/01", 18)], 8)
    p.items.append(Line(20, 24, 575, 24, 0.5, (120, 120, 120)))
    p.text(297, 62, "传    真", 18, "center")
    y = grid(p, 50, 76, [50, 180, 60, 205], [
        ["致", department, "发件单位", unit],
        ["页数", "共1页（含本页）", "日期", cn(fill_date)]], 24, 9.5)
    p.text(297, y + 40, "专业技术人员聘任名册", 16, "center")
    p.text(50, y + 66, f"单位名称：{unit}", 10.5)
    p.text(50, y + 86, f"统一社会信用代码：{credit_code}", 10.5)
    table = [["序号", "姓名", "性别", "身份证号", "专业技术职务", "聘任日期", "备注"]]
    for i, r in enumerate(rows, 1):
        ap = r["appointed_on"]
        table.append([str(i), r["name"], r["gender"], r["id_number"], r["title"],
                      f"{int(ap[:4])}年{int(ap[5:7])}月1日", ""])
    rh = 24 if len(rows) <= 16 else 20
    yb = p.table(50, y + 100, [34, 58, 34, 142, 96, 90, 41], table, rh, 9.5)
    clerk = other_people_name(unit)
    p.row([(50, f"经办人：{clerk}", yb + 30), (250, f"联系电话：{fax_no}", yb + 30)], 10)
    p.text(400, yb + 66, "单位（盖章）", 10.5)
    p.text(400, yb + 92, cn(fill_date), 10.5)
    p.seal(440, yb + 70, 104, unit, seed=seed + 295, color=ink_black, strength=0.75)
    p.text(297, 826, "本传真如有不清，请致电发件人", 8, "center", (90, 90, 90))
    for k in range(2):  # the receiving machine's print-head streaks, top to bottom
        x = 40 + (seed * (k + 3) * 37) % 515
        p.items.append(Line(x, 26, x, 842, 0.4, (175, 175, 175)))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


def other_people_name(unit: str) -> str:
    from ._common import other_people

    return other_people(f"fax:{unit}", 1)[0][0]


# --------------------------------------------------------------------------- round 9
# Drawn by another hand after round 8's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round9` (drawn only by the others9 profile).

# 事业单位 专业技术岗位 post wages (元/月) by grade, and the grade a 聘任 raises a person from
POST_WAGE = {"专技三级": 4550, "专技四级": 3910, "专技六级": 3145, "专技七级": 2700,
             "专技九级": 2190, "专技十级": 1900, "专技十二级": 1680, "专技十三级": 1630}
GRADE_FROM = {"专技三级": "专技四级", "专技六级": "专技七级", "专技九级": "专技十级",
              "专技十二级": "专技十三级"}


@layout(LAYOUTS, "appointment_roster.gongzi_biandong_shenpi", cn_dates=False)
def gongzi_biandong_shenpi(*, unit, credit_code, department, rows, fill_date, seed=0,
                           **_) -> Built:
    """The 岗位变动（聘任）工资审批花名册 a 事业单位 files with its 主管部门 and the 人社
    bureau's 工资福利 office so that a 聘任 raises the pay (applicants upload it as the proof
    of their 聘任 when no 聘书 exists): landscape, 填报单位 / 主管部门 / 单位：元/月 above a
    table 序号 / 姓名 / 性别 / 身份证号码 / 聘任专业技术职务 / 聘任时间 (2018.03) / 原岗位等级 /
    现岗位等级 / 原岗位工资 / 现岗位工资 / 增资额 / 执行时间 (the month after, 2018.04), then
    three opinion boxes side by side, each signed in pen and dated: 单位意见 with the unit's
    seal, 主管部门审核意见 with the department's seal, 人社部门审批意见 with the bureau's
    工资福利 seal; 制表人 / 联系电话 at the foot."""
    from ._common import PEN, other_people, text_width

    p = Page(*A4_LANDSCAPE, font=MING)
    p.text(421, 54, "事业单位工作人员岗位变动（聘任）工资审批花名册", 18, "center")
    p.row([(40, f"填报单位（盖章）：{unit}", 86), (430, f"主管部门：{department}", 86),
           (730, "单位：元/月", 86)], 10)
    table = [["序号", "姓名", "性别", "身份证号码", "聘任专业技术职务", "聘任时间",
              "原岗位等级", "现岗位等级", "原岗位工资", "现岗位工资", "增资额", "执行时间"]]
    for i, r in enumerate(rows, 1):
        now = _grade(r["title"])
        before = GRADE_FROM[now]
        ap = r["appointed_on"]
        y_, m_ = int(ap[:4]), int(ap[5:7])
        nxt = f"{y_ + m_ // 12}.{m_ % 12 + 1:02d}"
        table.append([str(i), r["name"], r["gender"], r["id_number"], r["title"], dotted(ap),
                      before, now, str(POST_WAGE[before]), str(POST_WAGE[now]),
                      str(POST_WAGE[now] - POST_WAGE[before]), nxt])
    rh = 22 if len(rows) <= 9 else 19
    y = p.table(40, 100, [30, 52, 30, 132, 90, 56, 66, 66, 62, 62, 48, 56], table, rh, 9)
    boxes = [("单位意见：", unit, None), ("主管部门审核意见：", department, None),
             ("人社部门审批意见：", "柳州市人力资源和社会保障局", "工资福利专用章")]
    signers = other_people(f"gongzi:{unit}", 3)
    top, w, h = y + 22, 250, 150
    for k, (label, who, bottom) in enumerate(boxes):
        x = 40 + k * (w + 6)
        p.rect(x, top, w, h, (0, 0, 0), None, 0.8)
        p.text(x + 8, top + 20, label, 10.5)
        p.text(x + 30, top + 50, "同意。" if k < 2 else "同意执行。", 13, color=PEN, font=KAI)
        p.text(x + 12, top + 96, "负责人：", 10.5)
        p.text(x + 12 + text_width("负责人：", 10.5, MING), top + 97, signers[k][0], 13,
               color=PEN, font=KAI)
        when = fill_date if k == 0 else f"{fill_date[:8]}{min(int(fill_date[8:]) + 3 * k, 30)}"
        p.text(x + w - 12, top + 132, cn(when), 10.5, "right")
        if k == 0:
            p.seal(x + w - 70, top + 90, 100, unit, seed=seed + 309, **ink(seed))
        else:
            p.seal(x + w - 70, top + 88, 96, who, bottom=bottom or "", seed=seed + 309 + k,
                   **ink(seed + k + 2))
    clerk = other_people(f"gongzi-clerk:{unit}", 1)[0][0]
    p.row([(40, f"制表人：{clerk}", top + h + 24),
           (240, f"联系电话：0772-{2300000 + seed % 600000}", top + h + 24),
           (560, f"填报日期：{cn(fill_date)}", top + h + 24)], 10)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 10
# Drawn by another hand after round 9's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round10` (drawn only by the others10 profile).

@layout(LAYOUTS, "appointment_roster.dingding_shenpi_dayin", cn_dates=False)
def dingding_shenpi_dayin(*, unit, credit_code, department, rows, fill_date, seed=0,
                          **_) -> Built:
    """A 钉钉 (DingTalk) 审批单 printed from the PC client's 打印 button and then stamped by
    the unit, as firms and many 事业单位 that run their 职称聘任 through a work app's approval
    flow now keep it: the organisation's name and 审批编号 (a long digit string) at the head,
    the title 张三提交的专业技术职务聘任审批, label/value rows (申请人 / 所在部门 / 聘任批次 /
    聘任事由), the 聘任人员明细 as the form's 表格 component (序号 / 姓名 / 身份证号码 / 聘任
    职务 / 聘任时间 as 2018-03), then the 审批流程 list (each approver with 已同意 and the time
    to the minute, 抄送人), and the 打印人 / 打印时间 footer; the unit's seal stamped over the
    approval flow after printing."""
    from ..layout import Line
    from ._common import HEI, other_people, text_width

    grey, blue = (120, 120, 120), (22, 119, 255)
    company = "公司" in unit
    staff = other_people(f"dd:{unit}", 4)
    applicant = staff[0][0]
    p = Page(*A4, background=(255, 255, 255), font=MICRO)
    p.text(40, 52, unit, 14, font=HEI)
    no = f"{fill_date.replace('-', '')}{(seed * 7919) % 10**9:09d}"
    p.text(555, 52, f"审批编号：{no}", 8.5, "right", grey)
    p.items.append(Line(40, 64, 555, 64, 1.2, blue))
    p.text(40, 96, f"{applicant}提交的专业技术职务聘任审批", 15, font=HEI)
    p.text(40, 116, "审批状态：已通过", 9.5, color=(40, 150, 80))
    dept = "人力资源部" if company else "人事科"
    y = 132
    for label, value in (("申请人", applicant), ("所在部门", dept),
                         ("聘任批次", f"{fill_date[:4]}年度专业技术职务聘任"),
                         ("聘任事由", "经评议小组评议、领导班子研究，同意聘任下列人员"
                                      "专业技术职务")):
        p.rect(40, y, 515, 26, (225, 225, 225), None, 0.6)
        p.rect(40, y, 110, 26, None, (247, 248, 250), 0)
        p.text(50, y + 17, label, 9.5, color=grey, line=False)
        p.text(160, y + 17, value, 9.5 if text_width(value, 9.5, MICRO) < 390 else 8.5,
               line=False)
        p.lines.append(f"{label} {value}")
        y += 26
    p.text(40, y + 26, "聘任人员明细", 10.5, font=HEI)
    table = [["序号", "姓名", "身份证号码", "聘任职务", "聘任时间"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r["name"], r["id_number"], r["title"], r["appointed_on"][:7]])
    rh = 22 if len(rows) <= 8 else 19
    y = p.table(40, y + 36, [40, 80, 175, 130, 90], table, rh, 9.5)
    p.text(40, y + 30, "审批流程", 10.5, font=HEI)
    t = [int(v) for v in fill_date.split("-")]
    steps = [(applicant, "发起申请", 9), (staff[1][0], "已同意", 10), (staff[2][0], "已同意", 14),
             (staff[3][0], "已同意", 16)]
    roles = ["", f"{dept}负责人", "分管领导", "总经理" if company else "主要负责人"]
    yy = y + 56
    for k, ((who, what, hh), role) in enumerate(zip(steps, roles)):
        if k < 3:
            p.items.append(Line(48, yy - 2, 48, yy + 20, 0.8, (200, 210, 230)))
        p.rect(44, yy - 10, 8, 8, None, blue if k else (150, 150, 150), 0)
        label = f"{who}（{role}）" if role else who
        when = f"{t[0]}-{t[1]:02d}-{t[2]:02d} {hh:02d}:{(seed + 11 * k) % 60:02d}"
        p.row([(62, label, yy), (300, what, yy),
               (555 - text_width(when, 9, MICRO), when, yy)], 9)
        yy += 30
    p.text(62, yy, f"抄送人：{staff[2][0]}、{dept}", 9, color=grey)
    p.hline(40, 555, 800, 0.5)
    p.row([(40, f"打印人：{staff[1][0]}", 816),
           (555 - text_width(f"打印时间：{fill_date} 17:0{seed % 10}", 8.5, MICRO),
            f"打印时间：{fill_date} 17:0{seed % 10}", 816)], 8.5)
    # stamped by hand after printing, over the end of the approval flow
    p.seal(440, yy - 40, 108, unit, seed=seed + 411, **ink(seed))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 11
# Drawn by another hand after round 10's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round11` (drawn only by the others11 profile).

@layout(LAYOUTS, "appointment_roster.benren_qianzi_queren", cn_dates=False)
def benren_qianzi_queren(*, unit, credit_code, department, rows, fill_date, seed=0,
                         **_) -> Built:
    """The 在聘人员聘任情况本人签字确认表 the personnel office carries round the departments
    before a 岗位 audit or the 职称 season, each person in post checking the printed line of
    their current 聘任 and signing it in pen (the sheet then goes into the 聘任 file;
    applicants upload a photocopy of it, 复印件 grey cast and a dark toner edge, when the
    unit issues no 聘书): portrait, 黑体 title, the unit and its credit code above, a table
    序号 / 姓名 / 公民身份号码 / 现聘专业技术职务 / 聘任起始时间 (2018年03月, zero-padded) /
    本人签字 / 签字日期, every signature and its date written by hand in blue-black (days
    before the typed date, as 2024.5.6), the note 本人已核对 under the table, 经办人 with a
    written name, and the unit's seal over 单位（盖章） and the typed date at the foot."""
    from ..layout import Line, Text
    from ._common import HEI, PEN, text_width

    p = Page(*A4, font=MING, background=(236, 236, 233))
    p.rect(0, 0, 9, 842, None, (70, 70, 70), 0)  # the toner edge the copier leaves
    p.text(297, 70, "在聘专业技术人员聘任情况本人签字确认表", 17, "center", font=HEI)
    p.text(60, 104, f"单位：{unit}", 10.5)
    p.text(60, 124, f"统一社会信用代码：{credit_code}", 10.5)
    p.text(535, 124, f"主管部门：{department}", 10.5 if len(department) < 14 else 9, "right")
    widths = [30, 58, 136, 100, 70, 58, 55]
    head = ["序号", "姓名", "公民身份号码", "现聘专业技术职务", "聘任起始时间", "本人签字",
            "签字日期"]
    x0, y0, rh = 45, 140, 32
    total = sum(widths)
    n = len(rows) + 1
    for r in range(n + 1):
        p.items.append(Line(x0, y0 + r * rh, x0 + total, y0 + r * rh, 1.0 if r in (0, 1, n)
                            else 0.6))
    cx = x0
    for w in [0, *widths]:
        cx += w
        p.items.append(Line(cx, y0, cx, y0 + n * rh, 0.6))
    cx = x0
    for w, h in zip(widths, head):
        size = 9 if text_width(h, 9.5, MING) > w - 4 else 9.5
        p.items.append(Text(cx + w / 2, y0 + rh / 2 + 3.4, h, size, "center", font=HEI))
        cx += w
    p.lines.append(" ".join(head))
    for i, r in enumerate(rows, 1):
        base = y0 + i * rh + rh / 2 + 3.6
        a = r["appointed_on"]
        when = f"{a[:4]}年{a[5:7]}月"
        cells = [str(i), r["name"], r["id_number"], r["title"], when]
        cx = x0
        for w, cell in zip(widths, cells):
            size = 10
            while text_width(cell, size, MING) > w - 4 and size > 7:
                size -= 0.5
            p.items.append(Text(cx + w / 2, base, cell, size, "center", font=MING))
            cx += w
        sd = _days_before(fill_date, 1 + (seed + 3 * i) % 9)
        sign_day = f"{sd[:4]}.{int(sd[5:7])}.{int(sd[8:10])}"
        p.items.append(Text(cx + widths[5] / 2, base + 1, r["name"], 13, "center", PEN, KAI))
        p.items.append(Text(cx + widths[5] + widths[6] / 2, base, sign_day, 10, "center", PEN,
                            KAI))
        p.lines.append(" ".join(cells + [r["name"], sign_day]))
    y = y0 + n * rh
    p.text(60, y + 28, "说明：本人已核对以上聘任信息，确认无误。", 10.5)
    from ._common import other_people

    clerk = other_people(f"clerk:{unit}", 1)[0][0]
    p.text(60, y + 72, "经办人：", 11)
    p.text(60 + text_width("经办人：", 11, MING), y + 73, clerk, 15, color=PEN, font=KAI,
           line=False)
    p.text(360, y + 72, "单位（盖章）", 11)
    p.text(360, y + 102, cn(fill_date), 11)
    p.seal(400, y + 80, 112, unit, seed=seed + 451, **ink(seed + 2))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


def _days_before(d: str, n: int) -> str:
    import datetime

    return (datetime.date.fromisoformat(d) - datetime.timedelta(days=n)).isoformat()


# --------------------------------------------------------------------------- round 12
# Drawn by another hand after round 11's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round12` (drawn only by the others12 profile).

DEPTS = {"医院": ["内科", "外科", "护理部", "急诊科"], "学": ["语文组", "数学组", "综合组"],
         "": ["设计一所", "设计二所", "技术质量部", "综合部"]}


def _dept(unit: str, name: str) -> str:
    import hashlib

    key = next(k for k in DEPTS if k in unit)
    pool = DEPTS[key]
    return pool[hashlib.sha256(f"{unit}:{name}".encode()).digest()[0] % len(pool)]


@layout(LAYOUTS, "appointment_roster.bumen_hebing")
def bumen_hebing(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """The roster the personnel office sorts by 部门 (科室 in a hospital, 教研组 in a school)
    before it goes to the 主管部门, printed from WPS with the 部门 column's cells merged down
    each department's block (the department written once, centred in its tall cell) and a
    小计 row under each block: portrait, the title 年度专业技术人员聘任情况汇总表, 单位名称
    (盖章) / 统一社会信用代码 / 报送日期 above, the columns 部门 / 序号 / 姓名 / 公民身份号码 /
    聘任专业技术职务 / 起聘年月 (201803, six digits as WPS formats them), 合计 at the foot, the
    unit's seal half over the 单位负责人 line, then 经办人 and 联系电话."""
    p = Page(*A4, font=MICRO if seed % 2 else MING)
    p.text(297, 66, "年度专业技术人员聘任情况汇总表", 17, "center")
    p.row([(50, f"单位名称（盖章）：{unit}", 100), (400, f"报送日期：{dotted(fill_date)}", 100)],
          9.5)
    p.row([(50, f"统一社会信用代码：{credit_code}", 120), (400, f"主管部门：{department}", 120)],
          9.5)
    ordered = sorted(rows, key=lambda r: _dept(unit, r["name"]))
    widths = [78, 38, 70, 150, 110, 50]
    x0, y0, rh = 50, 136, 24
    heads = ["部门", "序号", "姓名", "公民身份号码", "聘任专业技术职务", "起聘年月"]
    y = p.table(x0, y0, widths, [heads], rh, 10)
    n = 0
    from ..layout import Line

    blocks: dict = {}
    for r in ordered:
        blocks.setdefault(_dept(unit, r["name"]), []).append(r)
    for dept, members in blocks.items():
        top = y
        for r in members:
            n += 1
            cells = [str(n), r["name"], r["id_number"], r["title"],
                     r["appointed_on"].replace("-", "")[:6]]
            xs = x0 + widths[0]
            base = y + rh / 2 + 10 * 0.36
            for w, c in zip(widths[1:], cells):
                p.text(xs + w / 2, base, c, 10, "center", line=False)
                p.items.append(Line(xs, y, xs, y + rh, 0.6))
                xs += w
            p.items.append(Line(xs, y, xs, y + rh, 0.6))
            p.hline(x0 + widths[0], xs, y + rh, 0.6)
            p.lines.append(" ".join(([dept] if r is members[0] else []) + cells))
            y += rh
        xs = x0 + widths[0]
        p.text(xs + sum(widths[1:]) / 2, y + rh / 2 + 3.6, f"小计：{len(members)}人", 9.5,
               "center", (90, 90, 90))
        p.items.append(Line(xs + sum(widths[1:]), y, xs + sum(widths[1:]), y + rh, 0.6))
        y += rh
        p.items.append(Line(x0, top, x0, y, 0.6))
        p.items.append(Line(xs, top, xs, y, 0.6))
        p.hline(x0, x0 + sum(widths), y, 0.8)
        p.text(x0 + widths[0] / 2, (top + y) / 2 + 3.6, dept, 10.5, "center", line=False)
    p.text(x0 + 8, y + 20, f"合计：{n}人", 10)
    p.text(50, y + 62, "单位负责人：", 10.5)
    p.text(300, y + 62, "经办人：人事科", 10.5)
    p.text(300, y + 86, f"联系电话：0772-{2600000 + seed % 390000}", 10.5)
    p.seal(150, y + 70, 110, unit, seed=seed + 461, **ink(seed + 1))
    return Built("appointment_roster", [p], _fields(unit, ordered), seal=unit)


# --------------------------------------------------------------------------- round 13
# Drawn by another hand after round 12's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round13` (drawn only by the others13 profile).


@layout(LAYOUTS, "appointment_roster.youjian_fujian_yulan")
def youjian_fujian_yulan(*, unit, credit_code, department, rows, fill_date, seed=0,
                         **_) -> Built:
    """A screenshot of the web mail (单位企业邮箱 / QQ邮箱 网页版) in which the personnel office
    sent the stamped roster to the applicant, the attachment opened in the mail's own preview
    pane (附件预览) rather than downloaded: the mail client's top bar, the message header (发件人
    人事科 <rsk@…>, 收件人, 时间 2024年5月11日 (星期六) 上午9:20, the subject 聘任花名册（盖章版）),
    the attachment chip (聘任花名册（盖章版）.pdf, 1.2M, 下载 / 预览), then the grey PDF viewer
    (page 1/1, zoom 80%) showing the scanned portrait sheet: 专业技术职务聘任人员花名册,
    单位 / 统一社会信用代码 / 主管部门, the columns 序号 / 姓名 / 性别 / 身份证号 / 现聘职务 /
    聘任时间 (2018年03月, zero-padded), the seal over 单位负责人 and the 填报日期."""
    from ._common import HEI

    W, H = 900.0, 760.0
    p = Page(W, H, background=(238, 240, 244), font=MICRO)
    p.rect(0, 0, W, 44, None, (30, 84, 160), 0)
    p.text(22, 28, "企业邮箱", 15, color=(255, 255, 255), line=False, font=HEI)
    p.text(W - 20, 28, "收信  写信  通讯录  设置", 10.5, "right", (220, 230, 245), line=False)
    p.rect(0, 44, 120, H - 44, None, (248, 248, 250), 0)
    for k, s in enumerate(("收件箱(3)", "星标邮件", "草稿箱", "已发送", "已删除")):
        p.text(20, 80 + 30 * k, s, 11, color=(60, 60, 60) if k else (30, 84, 160), line=False)
    x0 = 136
    p.rect(x0, 56, W - x0 - 14, 118, None, (255, 255, 255), 0)
    p.text(x0 + 14, 84, "聘任花名册（盖章版）", 15, font=HEI)
    hh, mm = 8 + seed % 9, seed % 60
    sender = "人事科"
    p.text(x0 + 14, 108, f"发件人：{sender} <rsk@{seed % 97 + 10}mail.lz.cn>", 10,
           color=(100, 100, 100), line=False)
    p.text(x0 + 14, 126, f"时  间：{cn(fill_date)} {hh:02d}:{mm:02d}", 10,
           color=(100, 100, 100), line=False)
    p.text(x0 + 14, 144, "收件人：我", 10, color=(100, 100, 100), line=False)
    p.rect(x0 + 14, 152, 300, 18, (200, 205, 215), (244, 247, 252), 0.6)
    p.text(x0 + 22, 165, "聘任花名册（盖章版）.pdf  (1.2M)   下载  预览", 9.5,
           color=(30, 84, 160), line=False)
    # the preview pane: a dark viewer with the scanned page at 80 %
    vx, vy, vw, vh = x0, 182, W - x0 - 14, H - 182 - 10
    p.rect(vx, vy, vw, vh, None, (82, 86, 92), 0)
    p.text(vx + vw / 2, vy + 16, "1 / 1      －  80%  ＋      下载", 9.5, "center",
           (230, 230, 230), line=False)
    sx, sy, sw = vx + 40, vy + 28, vw - 80
    sh = vh - 36
    p.rect(sx, sy, sw, sh, None, (252, 252, 250), 0)
    cx = sx + sw / 2
    p.text(cx, sy + 34, "专业技术职务聘任人员花名册", 15, "center")
    p.text(sx + 24, sy + 60, f"单位（公章）：{unit}", 9.5)
    p.text(sx + 24, sy + 78, f"统一社会信用代码：{credit_code}", 9.5)
    p.text(sx + sw - 24, sy + 78, f"主管部门：{department}", 9.5, "right")
    table = [["序号", "姓名", "性别", "身份证号", "现聘职务", "聘任时间"]]
    for i, r in enumerate(rows, 1):
        a = r["appointed_on"]
        table.append([str(i), r["name"], r.get("gender", ""), r["id_number"], r["title"],
                      f"{a[:4]}年{a[5:7]}月"])
    widths = [34, 64, 36, 170, 100, 92]
    tx = cx - sum(widths) / 2
    y = p.table(tx, sy + 92, widths, table, 21, 9.5)
    p.text(sx + 24, y + 26, "单位负责人：", 9.5)
    p.text(sx + sw - 24, y + 26, f"填报日期：{cn(fill_date)}", 9.5, "right")
    p.seal(sx + 110, y + 22, 100, unit, seed=seed + 491, **ink(seed + 2))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 14
# Drawn by another hand after round 13's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round14` (drawn only by the others14 profile).


@layout(LAYOUTS, "appointment_roster.excel_liangye_yiban")
def excel_liangye_yiban(*, unit, credit_code, department, rows, fill_date, seed=0,
                        **_) -> Built:
    """A roster kept in Excel that runs over two portrait pages (tall rows with 自动换行, the
    clerk's manual page break before the signature rows), its column header repeated on page 2
    by the sheet's 打印标题行 setting, and printed two pages to one landscape sheet (WPS
    打印 > 并打和缩放 > 每页的版数 2版) to save paper, then stamped and scanned: at the left the
    reduced page 1 (the merged title row 专业技术人员聘任情况花名册, 单位名称 and 统一社会信用代码
    rows, the header 序号 / 姓名 / 性别 / 身份证号码 / 现聘专业技术职务 / 聘任时间 / 备注 and the
    first rows, 第 1 页，共 2 页), at the right page 2 (the same header again, the remaining
    rows, 主管部门, 填表人 / 审核人 / 填表日期 and the unit's seal over 单位（盖章）,
    第 2 页，共 2 页); 聘任时间 in Excel's yyyy/mm format (2018/03); thin grey gridlines."""
    from ._common import HEI, text_width

    p = Page(*A4_LANDSCAPE, background=(250, 250, 248), font=MICRO)
    grey = (200, 200, 200)
    W2 = 421.0
    for k in range(2):  # the two reduced pages' edges
        p.rect(14 + k * W2, 14, W2 - 28, 567, grey, (255, 255, 255), 0.6)
    widths = [24, 46, 24, 114, 84, 52, 34]
    header = ["序号", "姓名", "性别", "身份证号码", "现聘专业技术职务", "聘任时间", "备注"]
    n = len(rows)
    first = (n + 1) // 2 + 1
    rh, hh = 60, 30
    size = 8

    def table(x, y, body):
        table_rows = [header] + body
        total = sum(widths)
        tops = [y] + [y + hh + k * rh for k in range(len(table_rows))]
        p.rect(x, y, total, hh, None, (221, 235, 247), 0)
        for t in tops:
            p.items.append(_ln(x, t, x + total, t, 0.5, (90, 90, 90)))
        cx = x
        for w in [0, *widths]:
            cx += w
            p.items.append(_ln(cx, y, cx, tops[-1], 0.5, (90, 90, 90)))
        for r, cells in enumerate(table_rows):
            base = (tops[r] + tops[r + 1]) / 2 + size * 0.36
            cx = x
            for w, cell in zip(widths, cells):
                if cell:
                    fsz = size - 1 if text_width(cell, size, MICRO) > w - 4 else size
                    p.text(cx + w / 2, base, cell, fsz, "center", line=False)
                cx += w
            p.lines.append(" ".join(c for c in cells if c))
        return tops[-1]

    def body(i, r):
        a = r["appointed_on"]
        return [str(i), r["name"], r["gender"], r["id_number"], r["title"],
                f"{a[:4]}/{a[5:7]}", ""]

    x = 14 + (W2 - 28 - sum(widths)) / 2
    p.text(W2 / 2, 54, "专业技术人员聘任情况花名册", 13, "center", font=HEI)
    p.text(x, 80, f"单位名称：{unit}", 8.5)
    p.text(x, 96, f"统一社会信用代码：{credit_code}", 8.5)
    table(x, 108, [body(i, r) for i, r in enumerate(rows[:first], 1)])
    p.text(W2 / 2, 566, "第 1 页，共 2 页", 7.5, "center", line=False)
    X = W2 + x
    y = table(X, 40, [body(i, r) for i, r in enumerate(rows[first:], first + 1)])
    p.text(X, y + 24, f"主管部门：{department}", 8.5)
    p.text(X, y + 46, "填表人：            审核人：", 8.5, line=False)
    p.text(X, y + 68, f"填表日期：{cn(fill_date)}", 8.5)
    p.text(X + 230, y + 104, "单位（盖章）", 8.5)
    p.seal(X + 262, y + 96, 96, unit, seed=seed + 501, **ink(seed + 3))
    p.text(W2 + W2 / 2, 566, "第 2 页，共 2 页", 7.5, "center", line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


def _ln(x1, y1, x2, y2, w, color):
    from ..layout import Line

    return Line(x1, y1, x2, y2, w, color)


# --------------------------------------------------------------------------- round 15
# Drawn by another hand after round 14's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round15` (drawn only by the others15 profile).

@layout(LAYOUTS, "appointment_roster.wps_shouji_jietu", cn_dates=False)
def wps_shouji_jietu(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """A phone screenshot of the roster open in the WPS Office app (the personnel clerk sent
    the .xlsx into the staff WeChat group; the applicant opened it on the phone, turned it
    sideways and took a screenshot, having no printer): a landscape phone frame with the
    status bar (time, signal, battery), WPS's green title bar with the file name
    (2024年专技人员聘任名册.xlsx) and 编辑 / 分享, the formula bar showing the selected cell
    (the first ID number cell, its value in the fx field), the grey column letters A–F and
    row numbers down the left, a merged title row, a row with the unit and its credit code,
    the header 序号 / 姓名 / 性别 / 身份证号码 / 聘任职务 / 聘任时间 (2018年03月, the cell
    format 自定义 yyyy"年"mm"月"), the selected cell's green border, and the sheet tabs
    (聘任名册 / Sheet2) at the foot. No seal: it is the file, not a printout."""
    from ._common import HEI as _HEI

    W, H = 860.0, 420.0 + max(0, len(rows) - 8) * 22
    p = Page(W, H, font=MICRO, background=(255, 255, 255))
    green = (35, 150, 90)
    grey = (242, 242, 242)
    line = (205, 205, 205)
    p.rect(0, 0, W, 18, None, (20, 20, 20), 0)
    p.text(14, 13, f"{9 + seed % 8}:{seed % 50 + 10:02d}", 9, color=(255, 255, 255), line=False)
    p.text(W - 14, 13, f"5G  {40 + seed % 55}%", 9, "right", (255, 255, 255), line=False)
    p.rect(0, 18, W, 34, None, green, 0)
    fname = f"{fill_date[:4]}年专技人员聘任名册.xlsx"
    p.text(40, 40, "‹", 16, color=(255, 255, 255), line=False)
    p.text(W / 2, 40, fname, 11, "center", (255, 255, 255), font=_HEI)
    p.text(W - 20, 40, "编辑   分享", 10, "right", (255, 255, 255), line=False)
    # the formula bar
    p.rect(0, 52, W, 24, None, (250, 250, 250), 0)
    p.hline(0, W, 76, 0.5)
    p.text(12, 68, "D4", 9, color=(80, 80, 80), line=False)
    p.text(48, 68, "fx", 9, color=(120, 120, 120), line=False)
    p.text(70, 68, rows[0]["id_number"], 9.5, color=(30, 30, 30), line=False)
    rh = 22
    left = 28
    widths = [46, 78, 46, 190, 150, 110]
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    top = 78
    p.rect(0, top, W, 18, None, grey, 0)
    p.rect(0, top, left, H - top - 30, None, grey, 0)
    for i, col in enumerate("ABCDEF"):
        p.text((xs[i] + xs[i + 1]) / 2, top + 13, col, 8.5, "center", (90, 90, 90), line=False)
    p.text((xs[-1] + W) / 2, top + 13, "G", 8.5, "center", (90, 90, 90), line=False)
    y0 = top + 18
    body_rows = int((H - 30 - y0) // rh)
    for r in range(body_rows + 1):
        p.items.append(_ln(left, y0 + r * rh, W, y0 + r * rh, 0.4, line))
    for x in xs:
        p.items.append(_ln(x, top, x, y0 + body_rows * rh, 0.4, line))
    for r in range(body_rows):
        p.text(left / 2, y0 + r * rh + 15, str(r + 1), 8.5, "center", (90, 90, 90),
               line=False)
    # row 1: merged title, row 2: unit and code, row 3: header, then the people
    p.rect(xs[0] + 0.5, y0 + 0.5, xs[-1] - xs[0] - 1, rh - 1, None, (255, 255, 255), 0)
    p.text((xs[0] + xs[-1]) / 2, y0 + 16, f"{unit}专业技术人员聘任名册", 12, "center",
           font=_HEI)
    p.rect(xs[0] + 0.5, y0 + rh + 0.5, xs[-1] - xs[0] - 1, rh - 1, None, (255, 255, 255), 0)
    p.text(xs[0] + 4, y0 + rh + 15, f"单位：{unit}    统一社会信用代码：{credit_code}", 9.5)
    head = ["序号", "姓名", "性别", "身份证号码", "聘任职务", "聘任时间"]
    for i in range(len(widths)):
        p.rect(xs[i] + 0.5, y0 + 2 * rh + 0.5, widths[i] - 1, rh - 1, None, (221, 235, 247), 0)
        p.text((xs[i] + xs[i + 1]) / 2, y0 + 2 * rh + 15, head[i], 10, "center", font=_HEI,
               line=False)
    p.lines.append(" ".join(head))
    for k, r in enumerate(rows, 1):
        a = r["appointed_on"]
        cells = [str(k), r["name"], r["gender"], r["id_number"], r["title"],
                 f"{a[:4]}年{a[5:7]}月"]
        yy = y0 + (2 + k) * rh + 15
        for i, c in enumerate(cells):
            if i in (0, 5):
                p.text(xs[i + 1] - 5, yy, c, 10, "right", line=False)
            else:
                p.text(xs[i] + 5, yy, c, 10, line=False)
        p.lines.append(" ".join(cells))
    # the selected cell D4
    sy = y0 + 3 * rh
    p.rect(xs[3], sy, widths[3], rh, green, None, 2.0)
    p.rect(xs[4] - 3, sy + rh - 3, 6, 6, None, green, 0)
    # the sheet tabs
    p.rect(0, H - 30, W, 30, None, (246, 246, 246), 0)
    p.rect(40, H - 30, 80, 24, None, (255, 255, 255), 0)
    p.text(80, H - 13, "聘任名册", 9.5, "center", green, line=False)
    p.text(160, H - 13, "Sheet2", 9.5, "center", (110, 110, 110), line=False)
    p.text(W - 16, H - 13, "＋", 12, "right", (110, 110, 110), line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=None)


# --------------------------------------------------------------------------- round 16
# Drawn by another hand after round 15's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round16` (drawn only by the others16 profile).

@layout(LAYOUTS, "appointment_roster.jiben_qingkuang_yilan", cn_dates=False)
def jiben_qingkuang_yilan(*, unit, credit_code, department, rows, fill_date, seed=0,
                          **_) -> Built:
    """The 专业技术人员基本情况一览表 a unit fills for the 主管部门's yearly 人事统计 (the
    人事统计报表 convention: every year-month written as six digits, 出生年月 198002, 参加
    工作时间 200207, 聘任时间 201803, as the statistics software imports them, and a 填表说明
    line saying so), printed landscape from the unit's 人事管理 software with pale blue
    banding on alternate rows, many narrow columns in a small face: 序号 / 姓名 / 性别 /
    民族 / 出生年月 / 公民身份号码 / 学历 / 参加工作时间 / 现聘专业技术职务 / 聘任时间 /
    岗位等级 / 备注; above the table 填报单位（盖章） with the unit, 统一社会信用代码, 主管部门
    and 报送日期; under it 单位负责人 / 审核人 / 制表人 and the print line (打印时间, 第 1 页
    共 1 页); the unit's seal over 填报单位 at the upper left."""
    import hashlib

    p = Page(*A4_LANDSCAPE, font=MICRO, background=(255, 255, 255))
    p.text(421, 58, "专业技术人员基本情况一览表", 18, "center", font=MING)
    p.text(421, 78, f"（{fill_date[:4]}年度人事统计）", 10, "center")
    p.row([(40, f"填报单位（盖章）：{unit}", 106),
           (470, f"统一社会信用代码：{credit_code}", 106)], 9.5)
    p.row([(40, f"主管部门：{department}", 124),
           (470, f"报送日期：{fill_date.replace('-', '')}", 124)], 9.5)
    widths = [30, 54, 30, 34, 54, 148, 56, 66, 110, 56, 70, 54]
    table = [["序号", "姓名", "性别", "民族", "出生年月", "公民身份号码", "学历", "参加工作时间",
              "现聘专业技术职务", "聘任时间", "岗位等级", "备注"]]
    for i, r in enumerate(rows, 1):
        h = int(hashlib.sha256(f"{r['id_number']}{seed}".encode()).hexdigest()[:8], 16)
        birth = r["id_number"][6:12]
        work = f"{int(birth[:4]) + 21 + h % 3}07"
        appointed = r["appointed_on"][:7].replace("-", "")
        work = min(work, appointed)
        table.append([str(i), r["name"], r["gender"], "壮" if h % 4 == 0 else "汉", birth,
                      r["id_number"], ("本科", "大专", "研究生")[h % 5 % 3], work, r["title"],
                      appointed, _grade(r["title"]), ""])
    top, rh = 138, 24
    for k in range(1, len(table)):
        if k % 2 == 0:
            p.rect(40, top + k * rh, sum(widths), rh, None, (226, 238, 250), 0)
    p.rect(40, top, sum(widths), rh, None, (214, 224, 236), 0)
    y = p.table(40, top, widths, table, rh, 9)
    p.text(40, y + 20, "填表说明：出生年月、参加工作时间、聘任时间均填六位数字（年四位、月两位），"
           "如201803。", 8.5, color=(80, 80, 80))
    p.row([(40, "单位负责人：", y + 52), (300, "审核人：", y + 52), (560, "制表人：", y + 52)],
          10)
    h0 = int(hashlib.sha256(f"{unit}{seed}".encode()).hexdigest()[:6], 16)
    p.text(40, 570, f"打印时间：{fill_date} {9 + h0 % 8:02d}:{h0 % 60:02d}", 8,
           color=(110, 110, 110), line=False)
    p.text(802, 570, "第 1 页 共 1 页", 8, "right", (110, 110, 110), line=False)
    p.seal(200, 100, 104, unit, seed=seed + 181, **ink(seed + 5))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 17
# Drawn by another hand after round 16's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round17` (drawn only by the others17 profile).

@layout(LAYOUTS, "appointment_roster.dingding_zaixian_biaoge", cn_dates=False)
def dingding_zaixian_biaoge(*, unit, credit_code, department, rows, fill_date, seed=0,
                            **_) -> Built:
    """A PC screenshot (截图, Ctrl+Alt+A in the 钉钉 client) of the roster kept as a 钉钉
    在线表格 (DingTalk Docs sheet) that the personnel office shares read-only with the staff
    instead of printing one: the client's grey tab bar with the document's tab, the sheet's
    header (its file name, 仅可查看, the 最近更新 time, collaborators' round avatars and the
    blue 分享 button), the toolbar, the cell-name box and fx bar showing the selected cell,
    the grey column letters A–H and row numbers, row 1 merged as the title (the unit's name
    and 专业技术职务聘任人员名单), row 2 the 单位 and 更新日期, row 3 the frozen header (序号 /
    姓名 / 性别 / 身份证号码 / 所在部门 / 聘任职务 / 聘任时间 / 备注, the frozen line under it)
    and one person per row, 聘任时间 as the sheet's date cells 2018/03, the selected cell
    boxed in blue; at the foot the sheet tabs (聘任名单 active, 填表说明, +) and 计数 / 100%.
    No seal: a screenshot of a live sheet, one landscape image."""
    import hashlib

    from ..layout import Ellipse, Line
    from ._common import HEI

    h = int(hashlib.sha256(f"{unit}{seed}".encode()).hexdigest()[:8], 16)
    p = Page(*A4_LANDSCAPE, font=MICRO, background=(255, 255, 255))
    grey, line_c, blue = (110, 110, 110), (218, 220, 224), (0, 137, 255)
    p.rect(0, 0, 842, 30, None, (236, 238, 241), 0)
    p.rect(60, 6, 210, 24, None, (255, 255, 255), 0)
    p.text(72, 22, "2024年专业技术职务聘任人员名单", 9, color=(40, 40, 40), line=False)
    p.text(258, 22, "×", 9, color=grey, line=False)
    p.text(16, 21, "钉钉", 10, color=blue, font=HEI, line=False)
    fname = f"{fill_date[:4]}年专业技术职务聘任人员名单"
    p.text(20, 54, fname, 13, color=(30, 30, 30), font=HEI, line=False)
    p.text(24 + text_w(fname, 13), 54, "仅可查看", 8.5, color=(230, 130, 20), line=False)
    upd = f"最近更新：{fill_date} {9 + h % 8:02d}:{h % 60:02d}  人事科"
    p.text(20, 72, upd, 8.5, color=grey, line=False)
    for i, c in enumerate(((255, 160, 60), (90, 180, 120), (120, 130, 230))):
        p.items.append(Ellipse(640 + i * 22, 42, 22, 22, c))
        p.text(651 + i * 22, 57, "韦黄覃"[(h + i) % 3], 9, "center", (255, 255, 255),
               line=False)
    p.rect(726, 42, 56, 22, None, blue, 0)
    p.text(754, 57, "分享", 10, "center", (255, 255, 255), line=False)
    p.hline(0, 842, 82, 0.5)
    tools = "↶  ↷  │  格式刷  │  微软雅黑  │  10  │  B  I  U  │  合并  筛选  冻结  排序"
    p.text(20, 100, tools, 9, color=(80, 80, 80), line=False)
    p.hline(0, 842, 110, 0.5)
    widths = [36, 62, 36, 150, 96, 110, 76, 70]
    x0, rn = 40, 40
    sel_row = len(rows) - 1 - h % len(rows)
    p.rect(0, 110, 70, 22, None, (248, 248, 248), 0)
    p.text(20, 125, f"B{sel_row + 4}", 9, color=(40, 40, 40), line=False)
    p.text(82, 125, "fx", 9.5, color=grey, font=HEI, line=False)
    p.text(104, 125, rows[sel_row]["name"], 9.5, color=(40, 40, 40), line=False)
    p.hline(0, 842, 132, 0.5)
    top, head_h, rh = 132, 18, 24
    total = sum(widths)
    p.rect(0, top, 842, head_h, None, (245, 246, 247), 0)
    p.rect(0, top, rn, 595 - top - 40, None, (245, 246, 247), 0)
    cx = x0
    for k, w in enumerate(widths):
        p.text(cx + w / 2, top + 13, "ABCDEFGH"[k], 8.5, "center", grey, line=False)
        p.items.append(Line(cx + w, top, cx + w, top + head_h, 0.4, line_c))
        cx += w
    y = top + head_h
    depts = ("设计一所", "设计二所", "技术质量部", "工程部", "综合办公室", "项目管理部")
    table = [["", f"{unit}专业技术职务聘任人员名单"],
             ["", f"单位：{unit}", "", "", "", "", f"更新日期：{fill_date.replace('-', '/')}"],
             ["序号", "姓名", "性别", "身份证号码", "所在部门", "聘任职务", "聘任时间", "备注"]]
    for i, r in enumerate(rows, 1):
        hh = int(hashlib.sha256(f"{r['id_number']}{seed}".encode()).hexdigest()[:6], 16)
        table.append([str(i), r["name"], r["gender"], r["id_number"], depts[hh % 6],
                      r["title"], r["appointed_on"][:7].replace("-", "/"), ""])
    n_rows = len(table) + 4
    for k in range(n_rows):
        ry = y + k * rh
        if ry + rh > 595 - 40:
            break
        p.text(rn / 2, ry + 16, str(k + 1), 8.5, "center", grey, line=False)
        p.items.append(Line(0, ry + rh, 842, ry + rh, 0.4, line_c))
        cx = x0
        for w in widths:
            cx += w
            p.items.append(Line(cx, ry, cx, ry + rh, 0.4, line_c))
    # row 1: the merged title; row 2: unit and date; row 3: the frozen header
    p.rect(x0 + 0.5, y + 0.5, total - 1, rh - 1, None, (255, 255, 255), 0)
    p.text(x0 + total / 2, y + 17, table[0][1], 12.5, "center", (20, 20, 20), font=HEI)
    p.rect(x0 + 0.5, y + rh + 0.5, total - 1, rh - 1, None, (255, 255, 255), 0)
    p.row([(x0 + 6, table[1][1], y + rh + 16), (x0 + total - 130, table[1][6], y + rh + 16)],
          9)
    p.rect(x0 + 0.5, y + 2 * rh + 0.5, total - 1, rh - 1, None, (232, 240, 254), 0)
    cx = x0
    for w in widths:
        cx += w
        p.items.append(Line(cx, y + 2 * rh, cx, y + 3 * rh, 0.4, line_c))
    p.items.append(Line(0, y + 3 * rh, 842, y + 3 * rh, 1.4, (150, 150, 150)))
    for k, cells in enumerate(table[2:]):
        ry = y + (k + 2) * rh
        cx = x0
        for w, c in zip(widths, cells):
            if c:
                p.text(cx + w / 2, ry + 16, c, 9.5, "center", (25, 25, 25), line=False,
                       font=HEI if k == 0 else None)
            cx += w
        p.lines.append(" ".join(c for c in cells if c))
    sy = y + (sel_row + 3) * rh
    p.rect(x0 + widths[0], sy, widths[1], rh, blue, None, 1.6)
    p.rect(x0 + widths[0] + widths[1] - 3, sy + rh - 3, 5, 5, None, blue, 0)
    fy = 595 - 40
    p.rect(0, fy, 842, 40, None, (245, 246, 247), 0)
    p.hline(0, 842, fy, 0.5)
    p.rect(40, fy, 74, 24, None, (255, 255, 255), 0)
    p.text(77, fy + 16, "聘任名单", 9, "center", blue, line=False)
    p.text(150, fy + 16, "填表说明", 9, "center", grey, line=False)
    p.text(196, fy + 16, "+", 11, "center", grey, line=False)
    p.text(720, fy + 16, f"计数：{len(rows)}", 8.5, "right", grey, line=False)
    p.text(800, fy + 16, "— 100% +", 8.5, "right", grey, line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=None)


def text_w(s: str, size: float) -> float:
    from ._common import HEI, text_width

    return text_width(s, size, HEI)


# --------------------------------------------------------------------------- round 18
# Drawn by another hand after round 17's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round18` (drawn only by the others18 profile).

@layout(LAYOUTS, "appointment_roster.gongshilan_boli", cn_dates=False)
def gongshilan_boli(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """The 专业技术岗位聘用情况公示 a 事业单位 posts inside its building each year (岗位设置
    管理 requires the 聘用 of each post to be made public in the unit: 公示期 five working
    days, a 监督电话 for objections), photographed by phone through the glass of the
    corridor's locked 公示栏 because the sheet may not be taken down: a landscape photo of
    the wall, the aluminium-framed board with 公 示 栏 in red on its top strip, the A4
    landscape sheet held by four round magnets on the steel back, the glass's faint green
    cast and the ceiling lights' reflections as pale slanting bands across it (the print
    still legible under them). The sheet: the unit's name and 专业技术岗位聘用情况公示 in
    黑体, the 公示 sentence with its 公示期 (2024年5月11日至2024年5月17日), a ruled table
    序号 / 姓名 / 性别 / 公民身份号码 / 现聘专业技术职务 / 聘任时间 (2018.03) / 备注 (在聘), then
    the 监督电话, the unit and the date, the seal over them."""
    import datetime
    import hashlib

    from ..layout import Ellipse, Watermark
    from ._common import HEI, text_width

    h = int(hashlib.sha256(f"{unit}{fill_date}{seed}".encode()).hexdigest()[:8], 16)
    p = Page(*A4_LANDSCAPE, font=MING, background=(214, 208, 194))
    # the board: frame, red title strip, the steel back behind the glass
    p.rect(70, 18, 702, 560, None, (178, 182, 186), 0)
    p.rect(78, 26, 686, 40, None, (250, 250, 248), 0)
    p.text(421, 56, "公 示 栏", 26, "center", (196, 28, 32), font=HEI, line=False)
    p.rect(78, 72, 686, 498, None, (206, 214, 208), 0)
    p.rect(752, 300, 8, 26, None, (120, 120, 124), 0)  # the lock
    # the sheet, held by magnets
    x0, y0, w0 = 120, 92, 602
    p.rect(x0 + 4, y0 + 4, w0, 458, None, (170, 176, 170), 0)
    p.rect(x0, y0, w0, 458, None, (234, 237, 230), 0)  # dimmer behind the glass
    for mx, my, col in ((x0 + 14, y0 + 12, (30, 90, 190)), (x0 + w0 - 14, y0 + 12, (200, 40, 40)),
                        (x0 + 14, y0 + 446, (240, 180, 30)),
                        (x0 + w0 - 14, y0 + 446, (40, 150, 80))):
        p.items.append(Ellipse(mx - 9, my - 9, 18, 18, col))
    cx = x0 + w0 / 2
    p.text(cx, y0 + 38, unit, 13, "center", font=HEI)
    p.text(cx, y0 + 64, "专业技术岗位聘用情况公示", 17, "center", font=HEI)
    d0 = datetime.date.fromisoformat(fill_date)
    d1 = d0 + datetime.timedelta(days=6)
    body = ("根据事业单位岗位设置管理有关规定，现将本单位在聘专业技术人员岗位聘用情况予以"
            f"公示。公示期为{cn(fill_date)}至{cn(d1.isoformat())}。如有异议，请在公示期内"
            "以书面形式向人事科或纪检监察室反映。")
    y = p.wrapped(x0 + 30, y0 + 92, body, w0 - 60, 10, 17, first_indent=20)
    table = [["序号", "姓名", "性别", "公民身份号码", "现聘专业技术职务", "聘任时间", "备注"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r["name"], r["gender"], r["id_number"], r["title"],
                      dotted(r["appointed_on"]), "在聘"])
    y = p.table(x0 + 30, y - 6, [34, 62, 36, 160, 118, 74, 58], table, 21, 10)
    p.text(x0 + 30, y + 22, f"监督电话：0772-{2800000 + h % 900000}", 10)
    p.text(x0 + w0 - 40, y + 52, unit, 11, "right")
    p.text(x0 + w0 - 40, y + 74, cn(fill_date), 11, "right")
    p.seal(x0 + w0 - 40 - text_width(unit, 11, MING) / 2, y + 58, 96, unit, seed=seed + 185,
           **ink(seed + 2))
    # the glass: the ceiling lights' reflections
    for k in range(3):
        gx = 210 + k * 230 + h % 50
        for j in range(9):
            p.items.append(Watermark(gx + j * 4, 300, "━" * 5, 70, 64, (255, 255, 255), 0.14))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 19
# Drawn by another hand after round 18's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round19` (drawn only by the others19 profile).

@layout(LAYOUTS, "appointment_roster.oa_daochu_pdf", cn_dates=False)
def oa_daochu_pdf(*, unit, credit_code, department, rows, fill_date, seed=0, **_) -> Built:
    """The roster exported from the unit's OA / HR system (人事档案 module, 导出 → PDF) and
    printed landscape with gridlines, as the system lays it out: no title row and no seal,
    a small grey header 导出时间 2024-05-13 09:12 · 导出人 人事科 · 共 N 条 and the query's
    condition (在职状态=在职; 职称类别=专业技术), then the grid: a light blue header row, the
    column names as the database fields read (工号 / 姓名 / 性别 / 证件号码 / 所属单位 /
    所属部门 / 职称名称 / 聘任日期 2018-03 / 状态), the unit repeated in every row's 所属单位
    cell, zebra shading, and the footer 第 1 页，共 1 页."""
    import hashlib

    h = int(hashlib.sha256(f"{unit}{fill_date}{seed}".encode()).hexdigest()[:8], 16)
    p = Page(*A4_LANDSCAPE, font=MICRO)
    grey = (110, 110, 110)
    p.text(40, 40, f"导出时间：{fill_date} {8 + h % 9:02d}:{h % 60:02d}　导出人：人事科　"
           f"共 {len(rows)} 条", 8.5, color=grey)
    p.text(40, 56, "筛选条件：在职状态=在职；职称类别=专业技术", 8.5, color=grey, line=False)
    widths = [56, 52, 30, 128, 196, 70, 92, 62, 40]
    x, y, rh = 40, 70, 24
    p.rect(x, y, sum(widths), rh, None, (214, 230, 246), 0)
    for i in range(len(rows)):
        if i % 2:
            p.rect(x, y + (i + 1) * rh, sum(widths), rh, None, (244, 246, 248), 0)
    depts = ["技术部", "设计所", "工程部", "综合部", "质检部"]
    table = [["工号", "姓名", "性别", "证件号码", "所属单位", "所属部门", "职称名称",
              "聘任日期", "状态"]]
    for i, r in enumerate(rows, 1):
        table.append([f"{1000 + h % 800 + i * 7}", r["name"], r["gender"], r["id_number"],
                      unit, depts[(h + i) % 5], r["title"], r["appointed_on"][:7], "在职"])
    size = 8.5 if max(len(unit), 1) <= 15 else 7.5
    y = p.table(x, y, widths, table, rh, size)
    p.text(421, 570, "第 1 页，共 1 页", 8.5, "center", grey, line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=None)


# --------------------------------------------------------------------------- round 20
# Drawn by another hand after round 19's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round20` (drawn only by the others20 profile).

@layout(LAYOUTS, "appointment_roster.pinqi_kaohe_huizong")
def pinqi_kaohe_huizong(*, unit, credit_code, department, rows, fill_date, seed=0,
                        **_) -> Built:
    """The 专业技术人员聘期考核结果汇总表 a 事业单位 (and a 国企 under 全员聘用) draws up when a
    聘期 closes: every person in post is assessed on the 聘期 targets (聘期考核, 事业单位岗位
    设置管理 rules) and the 考核领导小组 decides on 续聘; the sheet, sent to the 主管部门 and kept
    in the 聘任 file, lists each person's current appointment, so applicants upload it as the
    proof of their 聘任: portrait, 宋体, the unit's name over the title, 考核周期 and 填报日期
    above a ruled table 序号 / 姓名 / 性别 / 公民身份号码 / 现聘专业技术职务 / 聘任时间 (2018年
    3月起) / 聘期考核等次 (合格 / 优秀) / 续聘意见 (续聘), a 公示 note (公示五个工作日无异议),
    the 考核领导小组组长's signature in pen, and the unit's seal over 单位（盖章） and the date."""
    import hashlib

    from ._common import PEN

    h = int(hashlib.sha256(f"{unit}{fill_date}{seed}".encode()).hexdigest()[:8], 16)
    p = Page(*A4, font=MING)
    p.text(297, 66, unit, 14, "center")
    p.text(297, 94, "专业技术人员聘期考核结果汇总表", 18, "center", font=KAI)
    year = int(fill_date[:4])
    p.row([(40, f"考核周期：{year - 3}年1月至{year - 1}年12月", 124),
           (330, f"填报日期：{cn(fill_date)}", 124)], 10)
    p.text(40, 144, f"统一社会信用代码：{credit_code}", 10)
    table = [["序号", "姓名", "性别", "公民身份号码", "现聘专业技术职务", "聘任时间",
              "考核等次", "续聘意见"]]
    for i, r in enumerate(rows, 1):
        grade = "优秀" if (h >> i) % 5 == 0 else "合格"
        table.append([str(i), r["name"], r["gender"], r["id_number"], r["title"],
                      f"{cn(r['appointed_on'])}起", grade, "续聘"])
    y = p.table(40, 156, [30, 54, 30, 124, 90, 76, 58, 53], table, 30, 9.5)
    p.text(40, y + 24, f"注：以上考核结果已于{cn(fill_date)}前在本单位公示五个工作日，无异议。",
           9.5)
    p.text(40, y + 64, "考核领导小组组长（签字）：", 11)
    p.text(200, y + 66, "邓国庆" if h % 2 else "冯振宁", 15, color=PEN, font=KAI, line=False)
    p.text(40, y + 98, "经办人：人事科", 11)
    p.text(520, y + 80, "单位（盖章）", 11, "right")
    p.text(520, y + 108, cn(fill_date), 11, "right")
    p.seal(470, y + 88, 112, unit, seed=seed + 205, **ink(seed + 3))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 21
# Drawn by another hand after round 20's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round21` (drawn only by the others21 profile).

@layout(LAYOUTS, "appointment_roster.fujian_fanzhe_paizhao")
def fujian_fanzhe_paizhao(*, unit, credit_code, department, rows, fill_date, seed=0,
                          **_) -> Built:
    """The 附件 page of the unit's red-headed 聘任文件 (the roster a 文件 refers to as 名单见附件),
    photographed by phone on a desk with the stapled 文件 page turned back under it, as
    applicants shoot the one page that names them: the desk round the sheet, the staple at the
    upper left and the curled edge of the turned-back first page showing along the top and left
    edges (the back of the page, its red head faintly through the paper), then the page as
    GB/T 9704 sets an attachment: 附件 in 黑体 at the top left, the title (the unit's name and
    专业技术职务聘任人员名单) in 小标宋 style, a ruled table 序号 / 姓名 / 性别 / 身份证号码 /
    聘任专业技术职务 / 起聘时间 (2018年3月) / 备注, the page number — 2 — at the foot. No seal:
    the seal is on the turned-back first page, over the 成文日期."""
    from ..layout import Line
    from ._common import HEI, desk

    p = Page(*A4, font=MING)
    x0, y0, w, hh = 46, 58, 506, 748
    desk(p, seed + 1, x0 - 14, y0 - 16, w + 10, hh + 12, paper=(236, 234, 228))  # page 1 under
    p.rect(x0 + 5, y0 + 6, w, hh, None, (70, 58, 48), 0)
    p.rect(x0, y0, w, hh, None, (251, 250, 246), 0)
    p.items.append(Line(x0 - 12, y0 - 9, x0 + w - 30, y0 - 9, 1.6, (232, 196, 196)))  # show-through
    for k in range(6):  # the fold's soft shadow where page 1 turns back under the sheet
        g = 196 + k * 9
        p.items.append(Line(x0, y0 + k, x0 + w, y0 + k, 1.0, (g, g - 2, g - 6)))
        p.items.append(Line(x0 + k, y0, x0 + k, y0 + hh, 1.0, (g, g - 2, g - 6)))
    p.items.append(Line(x0 + 10, y0 + 14, x0 + 30, y0 + 6, 2.2, (120, 120, 126)))  # the staple
    tx = x0 + 34
    p.text(tx, y0 + 52, "附件", 14, font=HEI)
    title = f"{unit}专业技术职务聘任人员名单"
    if len(title) > 22:
        p.text(x0 + w / 2, y0 + 96, unit, 16, "center", font=HEI)
        p.text(x0 + w / 2, y0 + 124, "专业技术职务聘任人员名单", 16, "center", font=HEI)
        ty = y0 + 150
    else:
        p.text(x0 + w / 2, y0 + 100, title, 16, "center", font=HEI)
        ty = y0 + 128
    table = [["序号", "姓名", "性别", "身份证号码", "聘任专业技术职务", "起聘时间", "备注"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r["name"], r["gender"], r["id_number"], r["title"],
                      cn(r["appointed_on"]), ""])
    p.table(tx - 6, ty, [30, 52, 30, 126, 98, 70, 38], table, 30, 9.5)
    p.text(x0 + w / 2, y0 + hh - 30, "— 2 —", 11, "center", line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=None)


# --------------------------------------------------------------------------- round 22
# Drawn by another hand after round 21's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round22` (drawn only by the others22 profile).

@layout(LAYOUTS, "appointment_roster.wps_biaoge_yangshi")
def wps_biaoge_yangshi(*, unit, credit_code, department, rows, fill_date, seed=0,
                       **_) -> Built:
    """A roster the personnel clerk dressed up with one of WPS 表格's built-in 表格样式 (the
    中色系 style: a dark blue header row with white bold text, banded rows in alternating pale
    blue and white, no cell borders at all since 视图 > 显示网格线 never prints) and printed
    landscape in colour on the office inkjet, as firms' HR offices make their sheets look
    tidy: the title and 单位 / 统一社会信用代码 lines above, the columns 序号 / 姓名 / 性别 /
    身份证号码 / 所属部门 / 聘任专业技术职务 / 聘任时间 with the date as the sheet's custom
    format yyyy/mm (2018/03), a thin blue rule under the last band, 制表人 / 审核人 and the
    填表日期 (2024年5月13日) at the foot and the unit's seal over 单位（盖章）; the page's footer
    第 1 页，共 1 页 as WPS prints it."""
    from ..layout import Text
    from ._common import HEI

    navy, band, white = (31, 78, 121), (221, 235, 247), (255, 255, 255)
    p = Page(*A4_LANDSCAPE, font=MICRO)
    p.text(421, 62, "专业技术人员聘任情况花名册", 19, "center", font=HEI)
    p.row([(60, f"单位：{unit}", 96), (500, f"统一社会信用代码：{credit_code}", 96)], 10.5)
    widths = [44, 74, 44, 176, 118, 168, 98]
    heads = ["序号", "姓名", "性别", "身份证号码", "所属部门", "聘任专业技术职务", "聘任时间"]
    x0, y, rh = 60, 112, 27
    total = sum(widths)
    p.rect(x0, y, total, rh, None, navy, 0)
    cx = x0
    for w, head in zip(widths, heads):
        p.items.append(Text(cx + w / 2, y + rh / 2 + 4, head, 10.5, "center", white, HEI))
        cx += w
    p.lines.append(" ".join(heads))
    y += rh
    for i, r in enumerate(rows, 1):
        if i % 2:
            p.rect(x0, y, total, rh, None, band, 0)
        cells = [str(i), r["name"], r["gender"], r["id_number"], _dept_of_title(r["title"]),
                 r["title"], r["appointed_on"][:7].replace("-", "/")]
        cx = x0
        for k, (w, cell) in enumerate(zip(widths, cells)):
            if k in (3, 5):  # text columns left-aligned, as Excel sets text
                p.items.append(Text(cx + 6, y + rh / 2 + 4, cell, 10, "left", (20, 20, 20),
                                    p.font))
            else:
                p.items.append(Text(cx + w / 2, y + rh / 2 + 4, cell, 10, "center",
                                    (20, 20, 20), p.font))
            cx += w
        p.lines.append(" ".join(cells))
        y += rh
    p.items.append(_rule(x0, y, x0 + total, y, navy))
    y += 36
    p.row([(60, "制表人：人事专员", y), (300, "审核人：人力资源部", y)], 10.5)
    p.text(600, y, "单位（盖章）", 10.5)
    p.text(600, y + 30, cn(fill_date), 10.5)
    p.seal(640, y + 8, 106, unit, seed=seed + 52, **ink(seed + 3))
    p.text(421, 570, "第 1 页，共 1 页", 9, "center", (90, 90, 90), line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


def _rule(x1, y1, x2, y2, color):
    from ..layout import Line

    return Line(x1, y1, x2, y2, 1.2, color)


def _dept_of_title(title: str) -> str:
    """The 所属部门 a title's series sits in (as the clerk fills the column)."""
    if "护" in title:
        return "护理部"
    if "医" in title or "药" in title or "技师" in title:
        return "医务科"
    if "教" in title:
        return "教务处"
    if "会计" in title or "经济" in title or "审计" in title:
        return "财务部"
    return "技术部"


# --------------------------------------------------------------------------- round 23
# Drawn by another hand after round 22's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round23` (drawn only by the others23 profile).

def _qingshi_abbr(unit: str) -> str:
    """The short name a unit's 发文字号 carries: 柳州市第六人民医院 -> 柳六医, 柳州市第四十二中学 ->
    柳四十二中, 柳州市市政设计研究院 -> 柳市政."""
    base = unit.removeprefix("柳州市")
    if "区" in base[:4]:
        base = base[base.index("区") + 1:]
    if base.startswith("第") and "医院" in base:
        return "柳" + base[1] + "医"
    if base.startswith("第") and base.endswith("中学"):
        return "柳" + base[1:-1]
    return "柳" + base[:2]


@layout(LAYOUTS, "appointment_roster.qingshi_shangxingwen",
        accepts=lambda a: bool(a.get("department")))
def qingshi_shangxingwen(*, unit, credit_code, department, rows, fill_date, seed=0,
                         **_) -> Built:
    """The 请示 a 事业单位 sends up to its 主管部门 (a 上行文 under GB/T 9704-2012) when the
    岗位设置 is re-核准 and the people in post must be reported for 核准备案, with the roster
    set as a table in the body rather than as an attachment: the red 发文机关标志 (the unit +
    文件), the 上行文's head line with the 发文字号 at the left and 签发人：XXX at the right
    (the signer's name in 楷体), the red rule, the title 关于专业技术人员岗位聘用情况核准备案的
    请示, the 主送 (the 主管部门：), the body (根据《事业单位岗位设置管理试行办法》…现将N名在聘
    人员情况报告如下，请予核准备案：), a ruled table 序号 / 姓名 / 性别 / 身份证号码 / 现聘专业技术
    职务 / 聘任时间 (2018年3月), 妥否，请批示。, the unit and the date with the seal over them,
    the 附注 （联系人：…，联系电话：…） that a 请示 must carry, and the 版记 (印发 line)."""
    from ._common import HEI, other_people, text_width

    red = (200, 20, 25)
    year = fill_date[:4]
    signer, contact = (x[0] for x in other_people(f"qingshi:{unit}", 2))
    p = Page(*A4, font=MING)
    size = 26 if len(unit) <= 13 else (22 if len(unit) <= 16 else 18)
    p.text(297, 96, f"{unit}文件", size, "center", red, font=HEI)
    number = f"{_qingshi_abbr(unit)}发〔{year}〕{seed % 20 + 3}号"
    p.text(84, 140, number, 12.5)
    p.text(430, 140, "签发人：", 12.5, line=False)
    p.text(478, 140, signer, 13, font=KAI, line=False)
    p.lines.append(f"签发人：{signer}")
    p.items.append(_ln(60, 152, 535, 152, 1.8, red))
    p.text(297, 190, "关于专业技术人员岗位聘用情况核准备案的请示", 16, "center", font=HEI)
    p.text(60, 226, f"{department}：", 12.5)
    body = (f"根据《事业单位岗位设置管理试行办法》及{department}关于岗位设置管理工作的要求，"
            f"我单位对现聘专业技术人员的岗位聘用情况进行了清理核实。现将{len(rows)}名在聘人员"
            "情况报告如下，请予核准备案：")
    y = p.wrapped(60, 254, body, 475, 12.5, 23, first_indent=25)
    table = [["序号", "姓名", "性别", "身份证号码", "现聘专业技术职务", "聘任时间"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r["name"], r["gender"], r["id_number"], r["title"],
                      cn(r["appointed_on"])])
    row_h = 22 if len(rows) <= 8 else 20
    y = p.table(60, y - 6, [36, 62, 36, 150, 110, 81], table, row_h, 10.5)
    p.text(85, y + 30, "妥否，请批示。", 12.5)
    p.text(510, y + 86, unit, 12.5, "right")
    p.text(510, y + 112, cn(fill_date), 12.5, "right")
    p.seal(510 - text_width(unit, 12.5, MING) / 2, y + 96, 116, unit, seed=seed + 2321,
           **ink(seed + 2))
    phone = f"0772-{2800000 + (seed * 7919) % 900000}"
    p.text(85, y + 146, f"（联系人：{contact}，联系电话：{phone}）", 11)
    p.hline(60, 535, 770, 0.8)
    p.row([(74, f"{unit}办公室", 788), (520 - text_width(f"{cn(fill_date)}印发", 11, MING),
                                       f"{cn(fill_date)}印发", 788)], 11)
    p.hline(60, 535, 798, 0.8)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 24
# Drawn by another hand after round 23's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round24` (drawn only by the others24 profile).

@layout(LAYOUTS, "appointment_roster.guanwang_xinxi_gongkai")
def guanwang_xinxi_gongkai(*, unit, credit_code, department, rows, fill_date, seed=0,
                           **_) -> Built:
    """A PC screenshot (the whole browser window) of the 信息公开 page on the unit's own
    website (门户网站), where 事业单位 publish their 人事信息 — the 专业技术岗位 聘用情况 among
    them — under 事业单位信息公开 rules, taken by the applicant because the unit prints no
    roster for individuals: the browser's tab strip and address bar (the site's .cn address),
    the site's blue banner with the unit's name and its menu (首页 / 单位概况 / 新闻动态 /
    信息公开 / 党建工作 / 联系我们), the breadcrumb 当前位置：首页 > 信息公开 > 人事信息, the
    article's title, a grey meta line (发布时间 / 来源：人事科 / 浏览次数), the lead paragraph, the
    table (序号 / 姓名 / 性别 / 身份证号码 / 聘用岗位 / 聘任时间 as 2018年03月) and the 监督电话
    sentence with the unit and the date at the right. No seal: a web page, one landscape image."""
    import hashlib

    from ..layout import Line
    from ._common import HEI, text_width

    h = int(hashlib.sha256(f"gwxx{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = 842.0, 40 * 4 + 300 + 28 * len(rows) + 60
    p = Page(W, H, font=MICRO, background=(255, 255, 255))
    grey, dark, blue = (110, 110, 110), (40, 40, 40), (18, 82, 160)
    # browser chrome
    p.rect(0, 0, W, 26, None, (222, 225, 230), 0)
    p.rect(10, 5, 220, 21, None, (255, 255, 255), 0)
    p.text(20, 19, f"{unit}-信息公开", 8.5, color=dark, line=False)
    p.text(220, 19, "×", 9, color=grey, line=False)
    p.text(244, 19, "+", 11, color=grey, line=False)
    p.rect(0, 26, W, 30, None, (255, 255, 255), 0)
    p.text(14, 46, "←   →   ↻", 10, color=grey, line=False)
    p.rect(90, 32, 640, 19, None, (241, 243, 244), 0)
    site = "".join("abcdefghjklmnpqrstwxyz"[(h >> (3 * i)) % 22] for i in range(5))
    url = (f"http://www.lz{site}.cn/xxgk/rsxx/{fill_date[:4]}{fill_date[5:7]}/"
           f"t{h % 90000 + 10000}.html")
    p.text(102, 45, "ⓘ 不安全 | " + url, 8.5, color=(70, 70, 70), line=False)
    p.items.append(Line(0, 56, W, 56, 0.5, (200, 200, 200)))
    # site banner and menu
    p.rect(0, 56, W, 58, None, blue, 0)
    p.rect(40, 68, 34, 34, None, (255, 255, 255), 0)
    logo = (unit.replace("柳州市", "") or unit)[0]
    p.text(57, 91, logo, 16, "center", blue, font=HEI, line=False)
    p.text(86, 92, unit, 19, color=(255, 255, 255), font=HEI)
    p.rect(0, 114, W, 26, None, (12, 62, 128), 0)
    menu = ["首页", "单位概况", "新闻动态", "信息公开", "党建工作", "联系我们"]
    for i, m in enumerate(menu):
        cx = 120 + i * 118
        if m == "信息公开":
            p.rect(cx - 50, 114, 100, 26, None, (230, 140, 30), 0)
        p.text(cx, 132, m, 10.5, "center", (255, 255, 255), line=False)
    p.rect(0, 140, W, H - 140, None, (240, 242, 245), 0)
    p.rect(40, 150, W - 80, H - 160, None, (255, 255, 255), 0)
    p.text(56, 170, "当前位置：首页 > 信息公开 > 人事信息", 8.5, color=grey, line=False)
    p.items.append(Line(56, 178, W - 56, 178, 0.4, (220, 220, 220)))
    title = f"{unit}专业技术岗位人员聘用情况公开"
    p.text(W / 2, 206, title, 15, "center", dark, font=HEI)
    meta = (f"发布时间：{fill_date}    来源：人事科    浏览次数：{120 + h % 700}    "
            "【字体：大 中 小】")
    p.text(W / 2, 228, meta, 8.5, "center", grey, line=False)
    p.items.append(Line(80, 238, W - 80, 238, 0.4, (220, 220, 220)))
    lead = (f"根据事业单位岗位设置管理和信息公开有关规定，现将我单位专业技术岗位人员聘用"
            f"情况予以公开（截至{cn(fill_date)}），共{len(rows)}人，具体如下：")
    y = p.wrapped(96, 262, lead, W - 192, 10.5, 19, first_indent=21)
    table = [["序号", "姓名", "性别", "身份证号码", "聘用岗位（专业技术职务）", "聘任时间"]]
    for i, r in enumerate(rows, 1):
        am = r["appointed_on"]
        table.append([str(i), r["name"], r["gender"], r["id_number"], r["title"],
                      f"{am[:4]}年{am[5:7]}月"])
    widths = [44, 80, 44, 180, 180, 110]
    tx = (W - sum(widths)) / 2
    p.rect(tx, y, sum(widths), 26, None, (232, 240, 250), 0)
    y = p.table(tx, y, widths, table, 26, 10)
    y = p.wrapped(96, y + 26, "公开期间，如对上述情况有异议，请以书面形式向单位人事科反映。"
                  f"监督电话：0772-{2600000 + h % 900000}。", W - 192, 10.5, 19,
                  first_indent=21)
    p.text(W - 110, y + 14, unit, 10.5, "right")
    p.text(W - 110, y + 34, cn(fill_date), 10.5, "right")
    assert text_width(title, 15, HEI) < W - 120
    return Built("appointment_roster", [p], _fields(unit, rows), seal=None)


@layout(LAYOUTS, "appointment_roster.touying_pinren_dahui")
def touying_pinren_dahui(*, unit, credit_code, department, rows, fill_date, seed=0,
                         **_) -> Built:
    """A phone photo of the roster projected on the screen of the unit's meeting room at its
    新一轮岗位聘用工作大会 (the 全体职工大会 at which a 事业单位 or 国企 opens a new 聘期 under
    全员聘用: everyone in post is shown with the post held and since when, to be 续聘 after
    the 公示), taken from the seats by an applicant whose unit hands out no roster: the dim
    room, the red cloth 会标 over the screen (白字: 柳州市…2024年新一轮岗位聘用工作大会), the
    pull-down screen's black border and the projected PowerPoint slide (a blue title band
    在聘专业技术人员名单, the table 序号 / 姓名 / 性别 / 身份证号码 / 现聘专业技术职务 / 聘任时间
    as 2021.01, the 公示 line and the unit at the foot, the slide number), the heads of the
    front rows dark against the screen's lower edge. No seal: a slide. One landscape photo."""
    import hashlib

    from ..layout import Ellipse, Line
    from ._common import HEI, text_width

    h = int(hashlib.sha256(f"typh{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = 842.0, 595.0
    p = Page(W, H, font=MICRO, background=(58, 52, 48))
    year = fill_date[:4]
    # the red 会标 across the wall over the screen
    p.rect(70, 8, W - 140, 34, None, (168, 22, 26), 0)
    banner = f"{unit}{year}年新一轮岗位聘用工作大会"
    bsize = 17 if text_width(banner, 17, HEI) < W - 170 else 14
    p.text(W / 2, 32, banner, bsize, "center", (250, 246, 236), font=HEI)
    # the screen: black border, the white field and the projected slide in it
    sx, sy, sw, sh = 92 + h % 9, 52.0, 650.0, 452.0
    p.rect(sx - 7, sy - 7, sw + 14, sh + 14, None, (22, 22, 24), 0)
    p.rect(sx, sy, sw, sh, None, (226, 228, 226), 0)
    n = len(rows)
    rh = min(34.0, (sh - 150) / (n + 1))
    p.rect(sx, sy, sw, 54, None, (32, 78, 150), 0)
    p.text(sx + sw / 2, sy + 36, "在聘专业技术人员名单", 21, "center", (255, 255, 255),
           font=HEI)
    table = [["序号", "姓名", "性别", "身份证号码", "现聘专业技术职务", "聘任时间"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r["name"], r["gender"], r["id_number"], r["title"],
                      dotted(r["appointed_on"])])
    widths = [46, 84, 48, 196, 150, 96]
    tx = sx + (sw - sum(widths)) / 2
    ty = sy + 72
    p.rect(tx, ty, sum(widths), rh, None, (196, 212, 234), 0)
    y = p.table(tx, ty, widths, table, rh, 13 if rh >= 28 else 12)
    p.text(tx, y + 24, f"公示期：自{cn(fill_date)}起五个工作日，监督电话：0772-"
           f"{2800000 + h % 900000}", 11, color=(40, 40, 40))
    p.text(sx + sw - 22, sy + sh - 14, unit, 11, "right", (40, 40, 40))
    p.text(sx + 20, sy + sh - 14, f"{3 + h % 4}", 9, color=(110, 110, 110), line=False)
    # the projector's light spilling a little past the screen's top edge
    p.items.append(Line(sx - 7, sy - 8, sx + sw + 7, sy - 8, 1.2, (90, 86, 80)))
    # the front rows' heads, below the slide's last line
    for i in range(7):
        cx = 40 + i * 128 + (h >> i) % 40
        w = 70 + (h >> (i + 3)) % 18
        p.items.append(Ellipse(cx - w / 2, 520 + (h >> (i + 5)) % 14, w, 96, (24, 22, 22)))
    p.rect(0, 566, W, 29, None, (30, 26, 24), 0)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=None)


# --------------------------------------------------------------------------- round 26
# Drawn by another hand, blind to the extractors: layouts.toml `round26`.

@layout(LAYOUTS, "appointment_roster.weixin_qun_jielong", cn_dates=False,
        accepts=lambda a: a["fill_date"] >= "2019")
def weixin_qun_jielong(*, unit, credit_code, department, rows, fill_date, seed=0,
                       **_) -> Built:
    """A phone screenshot of the 群接龙 in the unit's WeChat 职工群: before a 岗位 audit or the
    职称 season the personnel clerk starts a #接龙 (聘任信息核对) with the format line, each
    person in post checks the office's record and appends a numbered line 姓名 身份证号
    聘任职务 聘任时间 (as 2021.01), and the applicant, having no roster on paper, screenshots
    the finished 接龙 as the proof of who holds which post since when: the status bar, the
    group's name with its member count, the clerk's first message, the 接龙 bubble (the
    #接龙 head naming the unit, the 格式 line, the numbered lines), a 收到 reply and the
    input bar. No seal: a chat. (WeChat's 接龙 exists from 2019.)"""
    import hashlib

    from ._common import HEI, other_people, text_width, wrap_cjk

    h = int(hashlib.sha256(f"wxjl{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = 414.0, 896.0
    p = Page(W, H, font=MICRO, background=(237, 237, 237))
    dark, grey = (25, 25, 28), (150, 150, 150)
    p.text(30, 26, f"{14 + h % 6}:{10 + h % 49:02d}", 11, color=dark, line=False)
    p.text(W - 24, 26, "5G  81%", 9, "right", dark, line=False)
    p.text(20, 70, "‹", 20, color=dark, line=False)
    group = f"{unit}职工群（{60 + h % 140}）"
    gsize = 12.5
    while text_width(group, gsize, HEI) > W - 110:
        gsize -= 0.25
    p.text(W / 2, 68, group, gsize, "center", dark, font=HEI, line=False)
    p.text(W - 22, 68, "···", 12, "right", dark, line=False)
    p.hline(0, W, 90, 0.4)
    clerk = other_people(f"wxjl{unit}{seed}", 1)[0][0]
    p.text(W / 2, 118, f"{fill_date[5:7].lstrip('0')}月{fill_date[8:10].lstrip('0')}日 "
           f"{9 + h % 3}:{h % 50 + 10}", 9, "center", grey, line=False)
    # the clerk's message, then the 接龙
    ax, bx, bw = 14.0, 60.0, 300.0
    p.rect(ax, 136, 36, 36, None, (96, 140, 190), 0)
    p.text(ax + 18, 159, clerk[-1], 13, "center", (255, 255, 255), line=False)
    p.text(bx, 146, f"人事科-{clerk}", 9, color=grey, line=False)
    msg = "请在聘人员核对本人聘任信息，无误后接龙，有误的私聊我，今天下班前完成，谢谢！"
    from ..layout import wrap

    lines = wrap(msg, bw - 24, 12, 0, MICRO)
    top = 154.0
    p.rect(bx, top, bw, 14 + 20 * len(lines), None, (255, 255, 255), 0)
    for i, part in enumerate(lines):
        p.text(bx + 12, top + 23 + i * 20, part, 12, color=dark, line=False)
    top += 14 + 20 * len(lines) + 20
    last = rows[-1]["name"]
    p.rect(ax, top, 36, 36, None, (170, 130, 96), 0)
    p.text(ax + 18, top + 23, last[-1], 13, "center", (255, 255, 255), line=False)
    p.text(bx, top + 10, last, 9, color=grey, line=False)
    top += 18
    body_top = top
    y = top + 26
    p.text(bx + 12, y, "#接龙", 12.5, color=(60, 90, 150), font=HEI)
    y = wrap_cjk(p, bx + 12, y + 22, unit, bw - 24, 12, 19)
    y = wrap_cjk(p, bx + 12, y, f"{fill_date[:4]}年专业技术人员聘任信息核对", bw - 24, 12, 19)
    y = wrap_cjk(p, bx + 12, y + 2, "格式：姓名 身份证号 聘任职务 聘任时间", bw - 24, 11, 18)
    y += 6
    for i, r in enumerate(rows, 1):
        line = f"{i}. {r['name']} {r['id_number']} {r['title']} {dotted(r['appointed_on'])}"
        size = 11.5
        while text_width(line, size, MICRO) > bw - 24:
            size -= 0.25
        p.text(bx + 12, y, line, size, color=dark)
        y += 21
    # the bubble behind the 接龙 text: insert before its text items
    from ..layout import Rect

    first = next(k for k, it in enumerate(p.items)
                 if getattr(it, "text", None) == "#接龙")
    p.items.insert(first, Rect(bx, body_top, bw, y - body_top - 6, None, (255, 255, 255), 0))
    p.text(bx + bw - 12, y + 10, f"共{len(rows)}人参与", 9, "right", grey, line=False)
    # a reply
    y += 40
    other = rows[0]["name"]
    p.rect(W - ax - 36, y, 36, 36, None, (120, 170, 120), 0)
    p.text(W - ax - 18, y + 23, other[-1], 13, "center", (255, 255, 255), line=False)
    p.rect(W - ax - 36 - 8 - 60, y, 60, 34, None, (149, 236, 105), 0)
    p.text(W - ax - 36 - 8 - 30, y + 22, "收到", 12, "center", dark, line=False)
    # the input bar
    p.rect(0, H - 86, W, 86, None, (246, 246, 246), 0)
    p.rect(52, H - 74, W - 130, 36, None, (255, 255, 255), 0)
    from ..layout import Ellipse

    for cx in (26, W - 60, W - 26):  # the voice, emoji and more buttons: outlined circles
        p.items.append(Ellipse(cx - 12, H - 68, 24, 24, dark))
        p.items.append(Ellipse(cx - 10.5, H - 66.5, 21, 21, (246, 246, 246)))
    p.text(W - 26, H - 50, "+", 15, "center", dark, line=False)
    p.rect(W / 2 - 60, H - 10, 120, 4, None, (20, 20, 20), 0)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=None)


# --------------------------------------------------------------------------- round 27
# Drawn by another hand, blind to the extractors: layouts.toml `round27`.

@layout(LAYOUTS, "appointment_roster.huoye_jiazi_paizhao")
def huoye_jiazi_paizhao(*, unit, credit_code, department, rows, fill_date, seed=0,
                        **_) -> Built:
    """A phone photo of the roster as the personnel office files it: punched with the
    two-hole 打孔器 and kept in the office's blue 两孔活页夹 (the ring binder of 岗位聘用 papers
    on the 人事科's shelf), which the clerk opened on the desk for the applicant to
    photograph rather than copy: the desk at the edges, the binder's blue board, the two
    metal rings through the sheet's holes at its left margin, the binder's paper index tab
    (岗位聘用) at the right, the sheet's slight grey where it curls towards the rings. The
    sheet: 专业技术人员聘任花名册, 单位（盖章）and 填报日期 over the table 序号 / 姓名 / 性别 /
    身份证号码 / 聘任专业技术职务 / 聘任时间 (2021年1月), 经办人 and 负责人 at the foot, the
    unit's seal over 单位. One portrait photo."""
    import hashlib

    from ..layout import Ellipse, Line
    from ._common import DESKS, HEI, text_width

    h = int(hashlib.sha256(f"hyjz{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = 595.0, 842.0
    p = Page(W, H, font=MING, background=DESKS[seed % len(DESKS)])
    blue = (34, 74, 140) if h % 2 else (30, 96, 150)
    p.rect(14, 20, W - 24, H - 36, None, (18, 40, 80), 0)  # the board's shadow
    p.rect(10, 16, W - 24, H - 36, None, blue, 0)
    # the index tab sticking out at the right
    p.rect(W - 30, 120, 22, 96, None, (250, 240, 200), 0)
    for k, ch in enumerate("岗位聘用"):
        p.text(W - 19, 140 + k * 20, ch, 11, "center", (60, 50, 40), font=HEI, line=False)
    # the sheet
    sx, sy, sw, sh = 40.0 + h % 6, 30.0, 514.0, 784.0
    p.rect(sx, sy, sw, sh, None, (249, 248, 244), 0)
    p.rect(sx, sy, 40, sh, None, (238, 237, 232), 0)  # curling towards the rings
    # the two holes and the rings through them
    for hy in (sy + sh / 2 - 120, sy + sh / 2 + 120):
        p.items.append(Ellipse(sx + 14, hy - 8, 16, 16, (40, 40, 44)))
        p.rect(sx - 12, hy - 4, 42, 8, None, (186, 188, 194), 0)
        p.items.append(Line(sx - 12, hy - 4, sx + 30, hy - 4, 0.6, (240, 240, 244)))
    x = sx + 56
    p.text(sx + sw / 2 + 20, sy + 62, "专业技术人员聘任花名册", 19, "center", font=HEI)
    p.row([(x, f"单位（盖章）：{unit}", sy + 98)], 10.5)
    p.row([(x, f"填报日期：{cn(fill_date)}", sy + 120)], 10.5)
    table = [["序号", "姓名", "性别", "身份证号码", "聘任专业技术职务", "聘任时间"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r["name"], r["gender"], r["id_number"], r["title"],
                      cn(r["appointed_on"])])
    widths = [30, 56, 32, 140, 106, 70]
    y = p.table(x - 6, sy + 140, widths, table, 30, 10)
    y = max(y + 50, sy + sh - 120)
    p.row([(x, "负责人：", y), (x + 230, "经办人：", y)], 10.5)
    clerk = h % 2
    p.text(x + 230 + text_width("经办人：", 10.5, MING) + 4, y + 1,
           ("覃", "韦")[clerk] + ("丽", "海")[h % 2 if clerk else 1 - h % 2], 12,
           color=(25, 40, 120), font=KAI, line=False)
    p.seal(x + 70 + min(text_width(unit, 10.5, MING), 260) / 2, sy + 118, 94, unit,
           seed=seed + 301, **ink(seed + 2))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 28
# Drawn by another hand after round 27's results were seen, blind to the extractors:
# data/samples/layouts.toml lists them as `round28` (drawn only by the others28 profile).

@layout(LAYOUTS, "appointment_roster.tengxun_wendang_xiaochengxu", cn_dates=False)
def tengxun_wendang_xiaochengxu(*, unit, credit_code, department, rows, fill_date, seed=0,
                                **_) -> Built:
    """A portrait phone screenshot of the roster kept as a 腾讯文档 在线表格 that the
    personnel clerk shared into the staff WeChat group as a link card, opened by the
    applicant inside WeChat (the 腾讯文档 小程序: WeChat's capsule ··· ⊙ at the top right)
    with view-only rights: the status bar, the 小程序's bar with the sheet's name, the grey
    notice 当前仅可查看，如需编辑请向创建者申请权限, the author line (人事科 · 最近编辑 date),
    the grey column letters A–F and row numbers, a merged title row, the unit row, the frozen
    header 序号 / 姓名 / 性别 / 身份证号码 / 聘任职务 / 聘任时间 (typed as 2018.03 text) in
    small type since the applicant pinched the sheet out to fit the screen width, and the
    sheet tab bar (花名册 / 工作表2) at the foot. No seal: it is the online file."""
    import hashlib

    from ._common import HEI, text_width

    h = int(hashlib.sha256(f"txwd{unit}{seed}".encode()).hexdigest()[:8], 16)
    W = 390.0
    rh, size = 19.0, 7.4
    n = len(rows)
    H = max(844.0, 300 + (n + 3) * rh + 90)
    p = Page(W, H, font=MICRO, background=(255, 255, 255))
    dark, grey, rule = (25, 25, 25), (120, 120, 120), (215, 215, 215)
    # status bar
    p.text(22, 22, f"{8 + h % 12}:{h % 60:02d}", 10.5, color=dark, font=HEI, line=False)
    p.text(W - 18, 22, f"4G ▂▄▆  {20 + h % 79}%", 8.5, "right", dark, line=False)
    # the 小程序 bar: back arrow, title, WeChat's capsule
    p.text(14, 58, "‹", 20, color=dark, line=False)
    p.text(W / 2, 56, "腾讯文档", 12, "center", dark, font=HEI, line=False)
    p.rect(W - 94, 40, 82, 26, (200, 200, 200), (250, 250, 250), 0.6)
    p.text(W - 73, 57, "···", 11, "center", dark, line=False)
    p.items.append(_txwd_vline(W - 53, 45, 61))
    p.text(W - 33, 58, "⊙", 12, "center", dark, line=False)
    # the document's own head
    fname = f"{fill_date[:4]}年专业技术人员聘任花名册"
    p.text(16, 92, fname, 12.5, color=dark, font=HEI)
    p.text(16, 110, f"人事科 · 最近编辑 {fill_date[5:7]}月{int(fill_date[8:10])}日"
           f" {8 + h % 9}:{(h >> 4) % 60:02d}", 8, color=grey, line=False)
    p.rect(0, 120, W, 24, None, (255, 247, 230), 0)
    p.text(16, 136, "当前仅可查看，如需编辑请向创建者申请权限", 8.5, color=(190, 110, 20),
           line=False)
    p.text(W - 16, 136, "申请", 8.5, "right", (30, 110, 230), line=False)
    # the grid: column letters, row numbers
    top, left = 148.0, 20.0
    widths = [22, 46, 22, 104, 92, 58]
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    p.rect(0, top, W, 14, None, (246, 246, 246), 0)
    for k, letter in enumerate("ABCDEFG"):
        if k < len(widths):
            p.text((xs[k] + xs[k + 1]) / 2, top + 10, letter, 7, "center", grey, line=False)
    p.text((xs[-1] + W) / 2, top + 10, "G", 7, "center", grey, line=False)
    y0 = top + 14
    total_rows = int((H - 48 - y0) // rh)  # the empty rows run on down to the tab bar
    p.rect(0, y0, left, total_rows * rh, None, (246, 246, 246), 0)
    for r in range(total_rows):
        p.text(left / 2, y0 + r * rh + rh / 2 + 2.6, str(r + 1), 7, "center", grey, line=False)
    for r in range(total_rows + 1):
        p.items.append(_txwd_hline(0, W, y0 + r * rh, rule))
    for x in [*xs, W]:
        p.items.append(_txwd_vline(x, top, y0 + total_rows * rh, rule))
    # row 1: the merged title (white over the inner rules), row 2: the unit
    for r in (0, 1):
        p.rect(xs[0] + 0.5, y0 + r * rh + 0.5, xs[-1] - xs[0] - 1, rh - 1, None,
               (255, 255, 255), 0)
    p.text((xs[0] + xs[-1]) / 2, y0 + rh / 2 + 3.4, fname, 9.5, "center", dark, font=HEI)
    usz = size
    label = f"单位：{unit}"
    while text_width(label, usz, MICRO) > xs[-1] - xs[0] - 8:
        usz -= 0.2
    p.text(xs[0] + 4, y0 + rh + rh / 2 + 2.6, label, usz, color=dark)
    # the frozen header row
    hy = y0 + 2 * rh
    p.rect(xs[0] + 0.5, hy + 0.5, xs[-1] - xs[0] - 1, rh - 1, None, (232, 240, 254), 0)
    head = ["序号", "姓名", "性别", "身份证号码", "聘任职务", "聘任时间"]
    for k, cell in enumerate(head):
        p.text((xs[k] + xs[k + 1]) / 2, hy + rh / 2 + 2.6, cell, size, "center", dark,
               font=HEI, line=False)
    p.lines.append(" ".join(head))
    p.items.append(_txwd_hline(0, W, hy + rh, (150, 150, 150), 1.2))  # the freeze line
    for i, r in enumerate(rows, 1):
        cy = hy + i * rh + rh / 2 + 2.6
        cells = [str(i), r["name"], r["gender"], r["id_number"], r["title"],
                 dotted(r["appointed_on"])]
        for k, cell in enumerate(cells):
            if k == 4:
                p.text(xs[k] + 3, cy, cell, size, color=dark, line=False)
            else:
                p.text((xs[k] + xs[k + 1]) / 2, cy, cell, size, "center", dark, line=False)
        p.lines.append(" ".join(cells))
    # the sheet tabs at the foot
    p.rect(0, H - 46, W, 46, None, (248, 248, 248), 0)
    p.items.append(_txwd_hline(0, W, H - 46, rule))
    p.rect(12, H - 40, 64, 24, None, (255, 255, 255), 0)
    p.text(44, H - 24, "花名册", 8.5, "center", (30, 110, 230), line=False)
    p.text(104, H - 24, "工作表2", 8.5, "center", grey, line=False)
    p.text(W - 20, H - 24, "≡", 11, "center", grey, line=False)
    p.rect(W / 2 - 60, H - 8, 120, 4, None, (30, 30, 30), 0)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=None)


def _txwd_hline(x1, x2, y, color, width=0.5):
    from ..layout import Line

    return Line(x1, y, x2, y, width, color)


def _txwd_vline(x, y1, y2, color=(200, 200, 200), width=0.5):
    from ..layout import Line

    return Line(x, y1, x, y2, width, color)


# --------------------------------------------------------------------------- round 29
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round29`.

def _r29_minus_months(ym_str: str, n: int) -> str:
    y, m = int(ym_str[:4]), int(ym_str[5:7]) - n
    while m < 1:
        y, m = y - 1, m + 12
    return f"{y:04d}.{m:02d}"


def _r29_dept(unit: str, k: int) -> str:
    if "医院" in unit:
        return ("内科", "外科", "护理部", "检验科", "急诊科", "药剂科")[k % 6]
    if "学" in unit:
        return ("语文组", "数学组", "英语组", "理化组", "综合组")[k % 5]
    return ("设计一所", "技术部", "检测室", "工程部", "质量部", "综合部")[k % 6]


@layout(LAYOUTS, "appointment_roster.a3_fenci_saomiao_pinjie", cn_dates=False)
def a3_fenci_saomiao_pinjie(*, unit, credit_code, department, rows, fill_date, seed=0,
                            **_) -> Built:
    """The unit's A3 岗位聘用花名册 (the wide landscape sheet 事业单位 file with the 主管部门:
    十五 columns 序号 / 科室 / 姓名 / 性别 / 出生年月 / 参加工作时间 / 学历 / 公民身份号码 /
    现专业技术资格 / 取得资格时间 / 岗位等级 / 聘任职务 / 聘任时间 / 聘期 / 备注) scanned by the
    applicant on an A4 flatbed in two passes, left half and right half, and the two scans
    joined side by side in the phone's 拼图 app: the halves do not meet cleanly, the right one
    lies a few points lower and a shade greyer, a dark strip of the scanner lid's edge runs
    down the seam, and the 学历 column, caught by both passes, shows twice, once either side
    of the seam. Every date is dotted (1980.02, 2017.12, 2018.03, 2018.03—2021.02); the seal
    over 填报单位（盖章） at the left, 单位负责人 / 审核人 / 填表人 / 联系电话 at the foot. One
    wide image."""
    import hashlib

    from ..layout import Line, Text
    from ._common import HEI, other_people, text_width

    h = int(hashlib.sha256(f"a3fc{unit}{seed}".encode()).hexdigest()[:8], 16)
    cols = [("序号", 30), ("科室", 56), ("姓名", 54), ("性别", 30), ("出生年月", 58),
            ("参加工作时间", 76), ("学历", 64), ("公民身份号码", 146), ("现专业技术资格", 92),
            ("取得资格时间", 74), ("岗位等级", 68), ("聘任职务", 92), ("聘任时间", 60),
            ("聘期", 112), ("备注", 48)]
    split = 6  # the 学历 column: the last of the left scan and the first of the right one
    edu = ("本科", "硕士研究生", "大专", "本科")
    table = []
    for i, r in enumerate(rows, 1):
        idn, ap = r["id_number"], r["appointed_on"]
        birth = f"{idn[6:10]}.{idn[10:12]}"
        work = f"{int(idn[6:10]) + 22 + (i + h) % 3}.07"
        y2, m2 = int(ap[:4]) + 3, int(ap[5:7]) - 1
        if m2 == 0:
            y2, m2 = y2 - 1, 12
        table.append([str(i), _r29_dept(unit, h + i), r["name"], r["gender"], birth, work,
                      edu[(h + i) % 4], idn, r["title"], _r29_minus_months(ap, 2 + (h + i) % 9),
                      _grade(r["title"]), r["title"], dotted(ap), f"{dotted(ap)}—{y2}.{m2:02d}",
                      "续聘" if (h + i) % 3 == 0 else ""])
    left_w = sum(w for _, w in cols[: split + 1])
    dup_w = cols[split][1]
    x0 = 40.0
    W = x0 + sum(w for _, w in cols) + dup_w + 46
    rh = 26.0
    H = max(595.0, 250 + (len(rows) + 1) * rh + 120)
    p = Page(W, H, font=MING, background=(252, 252, 250))
    seam = x0 + left_w + 10
    dy = 5.0 + h % 4
    # the right scan: a shade greyer, a few points lower; the lid's edge down the seam
    p.rect(seam, 0, W - seam, H, None, (240, 240, 236), 0)
    p.rect(seam - 2, 0, 5, H, None, (92, 92, 90), 0)
    p.rect(seam + 3, 0, 3, H, None, (196, 196, 192), 0)
    year = fill_date[:4]
    # the head: the title centred on the A3 sheet, so each pass caught its own part of it
    # (the characters over the overlap caught twice)
    title = f"{department}所属事业单位{year}年度专业技术岗位聘用人员花名册"
    tsz = 20.0
    total_w = sum(w for _, w in cols)
    overlap0, overlap1 = x0 + left_w - dup_w, x0 + left_w
    shift = seam + 14 - overlap0
    tx = x0 + total_w / 2 - text_width(title, tsz, HEI) / 2
    for ch in title:
        cw = text_width(ch, tsz, HEI)
        if tx + cw <= overlap1:
            p.items.append(Text(tx, 50, ch, tsz, "left", (20, 20, 20), HEI))
        if tx >= overlap0:
            p.items.append(Text(tx + shift, 50 + dy, ch, tsz, "left", (20, 20, 20), HEI))
        tx += cw
    p.lines.append(title)
    p.text(x0, 92, f"填报单位（盖章）：{unit}", 11)
    p.text(x0, 114, f"主管部门：{department}", 11)
    p.text(seam + 14, 92 + dy, f"统一社会信用代码：{credit_code}", 11)
    p.text(seam + 14, 114 + dy, f"填报日期：{fill_date[:4]}.{fill_date[5:7]}.{fill_date[8:]}",
           11)
    top = 130.0

    def draw(part, xstart, yoff):
        xs = [xstart]
        for _, w in part:
            xs.append(xs[-1] + w)
        n = len(table) + 1
        for r in range(n + 1):
            p.items.append(Line(xs[0], top + yoff + r * rh, xs[-1], top + yoff + r * rh,
                                1.0 if r in (0, 1, n) else 0.5))
        for x in xs:
            p.items.append(Line(x, top + yoff, x, top + yoff + n * rh, 0.5))
        return xs

    left_cols = cols[: split + 1]
    right_cols = cols[split:]
    lxs = draw(left_cols, x0, 0.0)
    rx0 = seam + 14
    rxs = draw(right_cols, rx0, dy)
    for k, (head, _) in enumerate(left_cols):
        p.items.append(Text((lxs[k] + lxs[k + 1]) / 2, top + rh / 2 + 3.6, head, 9.5, "center",
                            (20, 20, 20), HEI))
    for k, (head, _) in enumerate(right_cols):
        p.items.append(Text((rxs[k] + rxs[k + 1]) / 2, top + dy + rh / 2 + 3.6, head, 9.5,
                            "center", (20, 20, 20), HEI))
    p.lines.append(" ".join(c for c, _ in cols))
    for i, cells in enumerate(table, 1):
        base = top + i * rh + rh / 2 + 3.4
        for k in range(split + 1):
            sz = 9.0
            while text_width(cells[k], sz, MING) > left_cols[k][1] - 4:
                sz -= 0.25
            p.items.append(Text((lxs[k] + lxs[k + 1]) / 2, base, cells[k], sz, "center",
                                (30, 30, 30), MING))
        for k in range(len(right_cols)):
            cell = cells[split + k]
            sz = 9.0
            while text_width(cell, sz, MING) > right_cols[k][1] - 4:
                sz -= 0.25
            p.items.append(Text((rxs[k] + rxs[k + 1]) / 2, base + dy, cell, sz, "center",
                                (30, 30, 30), MING))
        p.lines.append(" ".join(c for c in cells if c))
    fy = top + (len(table) + 1) * rh + 44
    boss, checker, clerk = (n for n, _, _ in other_people(f"a3fc:{unit}", 3))
    p.text(x0, fy, f"单位负责人：{boss}", 11)
    p.text(x0 + 200, fy, f"审核人：{checker}", 11, line=False)
    p.lines[-1] = p.lines[-1] + f" 审核人：{checker}"
    p.text(rx0, fy + dy, f"填表人：{clerk}", 11)
    p.text(rx0 + 180, fy + dy, f"联系电话：0772-{2100000 + h % 7000000}", 11, line=False)
    p.text(x0, fy + 30, "注：聘任时间以单位聘任文件时间为准；聘期填写起止年月。", 9,
           color=(90, 90, 90), line=False)
    p.seal(x0 + 170, 108, 104, unit, seed=seed + 295, **ink(seed + 2))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 30
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round30`.

@layout(LAYOUTS, "appointment_roster.tengxun_huiyi_gongxiang")
def tengxun_huiyi_gongxiang(*, unit, credit_code, department, rows, fill_date, seed=0,
                            **_) -> Built:
    """A PC screenshot of a 腾讯会议 (Tencent Meeting) call in which the personnel clerk shared
    the screen to go through the sealed roster with the staff (the 岗位聘用 布置会 held online,
    as units with 分院 / 项目部 / 校区 away from the seat have done since 2020), taken by an
    applicant who was never sent the file: the meeting's dark title bar (会议号 with its
    spaces, the elapsed time, the green 正在观看 X 的屏幕共享 label), the shared screen in the
    middle (the clerk's WPS PDF window with its tab 岗位聘用人员花名册.pdf and zoom 100%, the
    scanned roster: title, 填报单位（盖章） with the seal over it, 统一社会信用代码, 主管部门,
    a table 序号 / 姓名 / 性别 / 公民身份号码 / 聘任专业技术职务 / 岗位等级 / 聘任时间 as
    2018年3月 / 备注, 制表人 and 填报日期), the participant strip at the right (names and
    muted microphones, 其他 N 人) and the bottom toolbar (解除静音 / 开启视频 / 共享屏幕 / 成员 /
    聊天 / 录制 / 离开会议 in red). One wide image."""
    import hashlib

    from ..layout import Ellipse, Line
    from ._common import HEI, other_people, text_width

    h = int(hashlib.sha256(f"txhy{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = 1120.0, 700.0
    p = Page(W, H, font=MICRO, background=(30, 31, 36))
    light, grey = (235, 235, 238), (150, 152, 160)
    clerk, *guests = (n for n, _, _ in other_people(f"txhy:{unit}", 8))
    # the title bar
    mid = f"{h % 900 + 100} {(h >> 4) % 900 + 100} {(h >> 8) % 900 + 100}"
    p.text(16, 24, f"腾讯会议　会议号：{mid}", 10.5, color=light, line=False)
    p.text(W / 2, 24, f"{h % 2}{(h >> 3) % 10}:{(h >> 5) % 60:02d}:{h % 60:02d}", 10.5,
           "center", light, line=False)
    p.rect(W - 300, 10, 200, 22, None, (32, 150, 80), 0)
    p.text(W - 200, 25, f"正在观看 {clerk} 的屏幕共享", 9.5, "center", (255, 255, 255),
           line=False)
    p.text(W - 16, 24, "—　□　×", 10, "right", light, line=False)
    # the participant strip
    sx = W - 168
    p.rect(sx, 40, 160, H - 120, None, (42, 43, 49), 0)
    for k, g in enumerate([clerk, *guests[:5]]):
        ty = 48 + k * 88
        p.rect(sx + 8, ty, 144, 80, None, (58, 60, 68), 0)
        p.items.append(Ellipse(sx + 58, ty + 14, 44, 44, ((90, 120, 200), (200, 120, 90),
                                                           (90, 170, 130))[(h + k) % 3]))
        p.text(sx + 80, ty + 42, g[-2:], 11, "center", (255, 255, 255), line=False)
        p.text(sx + 14, ty + 74, g + ("（主持人）" if k == 0 else ""), 8.5, color=light,
               line=False)
        p.text(sx + 146, ty + 74, "●" if k == 0 else "×", 8, "right", grey, line=False)
    p.text(sx + 80, H - 92, f"其他 {12 + h % 40} 人", 9, "center", grey, line=False)
    # the toolbar
    p.rect(0, H - 72, W, 72, None, (38, 39, 44), 0)
    for k, lab in enumerate(("解除静音", "开启视频", "共享屏幕", f"成员({18 + h % 40})", "聊天",
                             "录制", "应用")):
        tx = 60 + k * 96
        p.rect(tx - 10, H - 60, 20, 18, light, None, 1.2)
        p.text(tx, H - 22, lab, 9, "center", light, line=False)
    p.rect(W - 120, H - 52, 96, 30, None, (226, 64, 60), 0)
    p.text(W - 72, H - 32, "离开会议", 11, "center", (255, 255, 255), line=False)
    # the shared screen: the clerk's WPS PDF window
    ax, ay, aw, ah = 12.0, 40.0, sx - 20, H - 120
    p.rect(ax, ay, aw, ah, None, (70, 72, 78), 0)
    p.rect(ax, ay, aw, 26, None, (246, 246, 248), 0)
    fname = f"{fill_date[:4]}年岗位聘用人员花名册（盖章版）.pdf"
    p.text(ax + 12, ay + 17, fname, 9, color=(50, 50, 50), line=False)
    p.text(ax + aw - 10, ay + 17, "100%　　第 1/1 页", 9, "right", (90, 90, 90), line=False)
    # the page
    gx, gy, gw, gh = ax + 26, ay + 34, aw - 52, ah - 42
    p.rect(gx, gy, gw, gh, None, (253, 253, 251), 0)
    dark = (26, 26, 26)
    title = f"{unit}专业技术岗位聘用人员花名册"
    tsz = 16.0
    while text_width(title, tsz, HEI) > gw - 40:
        tsz -= 0.5
    p.text(gx + gw / 2, gy + 30, title, tsz, "center", dark, font=HEI)
    p.text(gx + 18, gy + 56, f"填报单位（盖章）：{unit}", 9.5, color=dark)
    p.text(gx + gw * 0.56, gy + 56, f"统一社会信用代码：{credit_code}", 9.5, color=dark)
    p.text(gx + 18, gy + 74, f"主管部门：{department}", 9.5, color=dark)
    p.text(gx + gw * 0.56, gy + 74, f"填报日期：{cn(fill_date)}", 9.5, color=dark)
    heads = ["序号", "姓名", "性别", "公民身份号码", "聘任专业技术职务", "岗位等级", "聘任时间",
             "备注"]
    widths = [34, 60, 34, 150, 116, 74, 76, 60]
    scale = (gw - 36) / sum(widths)
    widths = [w * scale for w in widths]
    n = len(rows)
    rh = min(24.0, (gh - 150) / (n + 1))
    top = gy + 86
    xs = [gx + 18]
    for w in widths:
        xs.append(xs[-1] + w)
    for r in range(n + 2):
        p.items.append(Line(xs[0], top + r * rh, xs[-1], top + r * rh,
                            1.0 if r in (0, 1, n + 1) else 0.5, (40, 40, 40)))
    for xv in xs:
        p.items.append(Line(xv, top, xv, top + (n + 1) * rh, 0.5, (40, 40, 40)))
    fs = min(9.5, rh * 0.42)
    for k, hd in enumerate(heads):
        p.text((xs[k] + xs[k + 1]) / 2, top + rh / 2 + fs * 0.36, hd, fs, "center", dark,
               font=HEI, line=False)
    p.lines.append(" ".join(heads))
    for i, r in enumerate(rows, 1):
        ap = r["appointed_on"]
        cells = [str(i), r["name"], r["gender"], r["id_number"], r["title"], _grade(r["title"]),
                 f"{int(ap[:4])}年{int(ap[5:7])}月", "续聘" if (h + i) % 4 == 0 else ""]
        base = top + i * rh + rh / 2 + fs * 0.36
        for k, c in enumerate(cells):
            sz = fs
            while c and text_width(c, sz, MICRO) > widths[k] - 4:
                sz -= 0.25
            if c:
                p.text((xs[k] + xs[k + 1]) / 2, base, c, sz, "center", dark, line=False)
        p.lines.append(" ".join(c for c in cells if c))
    fy = top + (n + 1) * rh + 26
    p.text(gx + 18, fy, f"单位负责人：{guests[5]}", 9.5, color=dark)
    p.text(gx + gw * 0.36, fy, f"制表人：{clerk}", 9.5, color=dark, line=False)
    p.text(gx + gw * 0.62, fy, f"联系电话：0772-{2600000 + h % 900000}", 9.5, color=dark,
           line=False)
    p.seal(gx + 150, gy + 58, 92, unit, seed=seed + 341, **ink(seed + 1))
    # the clerk's mouse pointer on the page
    p.items.append(Line(xs[3] + 30, top + rh * 1.4, xs[3] + 30, top + rh * 1.4 + 16, 1.6,
                        (10, 10, 10)))
    p.items.append(Line(xs[3] + 30, top + rh * 1.4, xs[3] + 41, top + rh * 1.4 + 11, 1.6,
                        (10, 10, 10)))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 31
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round31`.

@layout(LAYOUTS, "appointment_roster.excel_shaixuan_dianzizhang")
def excel_shaixuan_dianzizhang(*, unit, credit_code, department, rows, fill_date, seed=0,
                               **_) -> Built:
    """A desktop screenshot of the personnel clerk's Excel workbook, sent instead of a scan
    when a small unit keeps one sheet for every post (专业技术 / 管理 / 工勤) and filters it: the
    window's title bar (the file name and - Excel), the ribbon with the 图片格式 tab open
    because the unit's electronic seal, a PNG of the 公章 inserted as a floating picture over
    单位（盖章）, is still selected (its eight handles and the rotate handle showing), the name
    box 图片 3 and the formula bar, the column letters, the row numbers in blue with gaps
    where the filter on 岗位类别 hides the 管理 and 工勤 rows (the 序号 column keeps the
    sheet's own numbering, so it skips too), the header row with its filter buttons and the
    funnel on 岗位类别, the rows 序号 / 姓名 / 性别 / 身份证号码 / 岗位类别 / 聘任专业技术职务 /
    岗位等级 / 聘任时间 (2018年3月) / 备注, the 制表 and 审核 lines, the sheet tabs and the
    status bar's 在 N 条记录中找到 M 个. One wide image."""
    import hashlib

    from ..layout import Ellipse, Line, Text
    from ._common import HEI, other_people, text_width

    h = int(hashlib.sha256(f"exsx{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = 1280.0, 780.0
    p = Page(W, H, font=MICRO, background=(255, 255, 255))
    green, dark, grey = (33, 115, 70), (30, 30, 30), (110, 110, 110)
    gridc = (218, 220, 224)
    # title bar and ribbon
    p.rect(0, 0, W, 30, None, green, 0)
    fname = f"{fill_date[:4]}年岗位聘用人员花名册（总表）.xlsx"
    p.text(W / 2, 20, f"{fname}  -  Excel", 10.5, "center", (255, 255, 255), line=False)
    p.text(14, 20, "自动保存 ● 开", 9.5, color=(230, 240, 234), line=False)
    p.text(W - 16, 20, "—　　☐　　✕", 10, "right", (255, 255, 255), line=False)
    p.rect(0, 30, W, 28, None, (243, 243, 243), 0)
    tabs = ["文件", "开始", "插入", "页面布局", "公式", "数据", "审阅", "视图", "帮助", "图片格式"]
    tx = 14.0
    for t in tabs:
        tw = text_width(t, 10, MICRO) + 22
        if t == "图片格式":
            p.items.append(Line(tx + 6, 56, tx + tw - 6, 56, 2.4, green))
        p.text(tx + 11, 49, t, 10, color=green if t == "图片格式" else dark, line=False)
        tx += tw
    p.rect(0, 58, W, 70, None, (250, 250, 250), 0)
    for k, t in enumerate(("删除背景", "校正", "颜色", "艺术效果", "透明度", "压缩图片",
                           "更改图片", "重置图片", "图片边框", "图片效果", "上移一层", "下移一层",
                           "对齐", "旋转", "裁剪")):
        bx = 22 + k * 72
        p.rect(bx + 18, 66, 26, 26, (170, 170, 170), (236, 236, 236), 0.6)
        p.text(bx + 31, 112, t, 8.5, "center", dark, line=False)
    p.items.append(Line(0, 128, W, 128, 0.6, (210, 210, 210)))
    # name box and formula bar
    p.rect(6, 134, 96, 22, (190, 190, 190), (255, 255, 255), 0.6)
    p.text(12, 149, "图片 3", 9.5, color=dark, line=False)
    p.text(122, 149, "✕　✓　fx", 9.5, color=grey, line=False)
    p.rect(180, 134, W - 186, 22, (190, 190, 190), (255, 255, 255), 0.6)
    # the grid
    gx0, gy0 = 40.0, 164.0
    cols = [("A", 50), ("B", 70), ("C", 48), ("D", 168), ("E", 100), ("F", 130), ("G", 80),
            ("H", 90), ("I", 80), ("J", 70), ("K", 70)]
    xs = [gx0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    p.rect(0, gy0, W, 20, None, (240, 240, 240), 0)
    p.rect(0, gy0, gx0, H - gy0, None, (240, 240, 240), 0)
    for k, (c, w) in enumerate(cols):
        p.text((xs[k] + xs[k + 1]) / 2, gy0 + 14, c, 9, "center", grey, line=False)
        p.items.append(Line(xs[k + 1], gy0, xs[k + 1], H - 60, 0.5, gridc))
    rh = 22.0
    # the sheet's own numbering: hidden 管理 / 工勤 rows between the shown ones
    shown: list[tuple[int, int, dict]] = []  # (sheet row, 序号, row)
    seq, srow = 0, 5
    for i, r in enumerate(rows):
        gap = (h >> (2 * i)) % 3 if i else (h % 2)
        seq += gap + 1
        srow += gap
        shown.append((srow, seq, r))
        srow += 1
    hidden = (h >> 20) % 3 + 1
    total = seq + hidden
    tail = srow + hidden
    # visible rows in order on the screen: 1-4 headers, the shown data, 2 blank, footer rows
    screen = [1, 2, 3, 4] + [s for s, _, _ in shown] + [tail, tail + 1, tail + 2, tail + 3]
    ys = {}
    for k, sr in enumerate(screen):
        yy = gy0 + 20 + k * rh
        ys[sr] = yy
        filtered = 5 <= sr < tail
        p.text(gx0 / 2, yy + 15, str(sr), 9, "center", (20, 80, 200) if filtered else grey,
               line=False)
        p.items.append(Line(0, yy + rh, xs[-1], yy + rh, 0.5, gridc))
        if k and screen[k - 1] + 1 != sr:  # a double line where rows are hidden
            p.items.append(Line(0, yy + 1.5, gx0, yy + 1.5, 0.5, grey))

    def cell(sr, c0, c1, text, size=10, align="center", font=MICRO, color=dark, line=False):
        y = ys[sr] + rh / 2 + size * 0.36
        if align == "center":
            p.items.append(Text((xs[c0] + xs[c1]) / 2, y, text, size, "center", color, font))
        else:
            p.items.append(Text(xs[c0] + 4, y, text, size, "left", color, font))
        if line:
            p.lines.append(text)

    # merged title row, white fill to hide the inner grid lines
    p.rect(xs[0] + 0.5, ys[1] + 0.5, xs[9] - xs[0] - 1, rh - 1, None, (255, 255, 255), 0)
    cell(1, 0, 9, f"{unit}专业技术人员聘任花名册", 14, font=HEI, line=True)
    for sr in (2, 3):
        p.rect(xs[0] + 0.5, ys[sr] + 0.5, xs[4] - xs[0] - 1, rh - 1, None, (255, 255, 255), 0)
        p.rect(xs[5] + 0.5, ys[sr] + 0.5, xs[9] - xs[5] - 1, rh - 1, None, (255, 255, 255), 0)
    cell(2, 0, 4, f"单位（盖章）：{unit}", 10, "left")
    cell(2, 5, 9, f"统一社会信用代码：{credit_code}", 10, "left")
    p.lines.append(f"单位（盖章）：{unit} 统一社会信用代码：{credit_code}")
    cell(3, 0, 4, f"主管部门：{department}", 10, "left")
    cell(3, 5, 9, f"填表日期：{fill_date[:4]}年{int(fill_date[5:7])}月{int(fill_date[8:])}日",
         10, "left")
    p.lines.append(f"主管部门：{department} 填表日期：{cn(fill_date)}")
    heads = ["序号", "姓名", "性别", "身份证号码", "岗位类别", "聘任专业技术职务", "岗位等级",
             "聘任时间", "备注"]
    p.rect(xs[0], ys[4], xs[9] - xs[0], rh, None, (226, 239, 218), 0)
    for k, hd in enumerate(heads):
        hs = 9.5
        while text_width(hd, hs, HEI) > cols[k][1] - 26:
            hs -= 0.25
        p.items.append(Text((xs[k] + xs[k + 1] - 12) / 2, ys[4] + rh / 2 + hs * 0.36, hd, hs,
                            "center", dark, HEI))
        # the filter button
        bx = xs[k + 1] - 12
        p.rect(bx, ys[4] + 6, 10, 10, (160, 160, 160), (255, 255, 255), 0.5)
        tc = (20, 80, 200) if k == 4 else (60, 60, 60)  # the funnel where the filter is on
        for j in range(4):
            p.items.append(Line(bx + 2 + j * 0.8, ys[4] + 9 + j, bx + 8 - j * 0.8, ys[4] + 9 + j,
                                0.9, tc))
        if k == 4:
            p.items.append(Line(bx + 5, ys[4] + 12, bx + 5, ys[4] + 15, 1.2, tc))
    p.lines.append(" ".join(heads))
    for sr, no, r in shown:
        ap = r["appointed_on"]
        cells = [str(no), r["name"], r["gender"], r["id_number"], "专业技术岗位", r["title"],
                 _grade(r["title"]), f"{int(ap[:4])}年{int(ap[5:7])}月",
                 "续聘" if (h + no) % 5 == 0 else ""]
        for k, c in enumerate(cells):
            if not c:
                continue
            sz = 10.0
            while text_width(c, sz, MICRO) > cols[k][1] - 6:
                sz -= 0.25
            cell(sr, k, k + 1, c, sz)
        p.lines.append(" ".join(c for c in cells if c))
    # the table's own borders, over the grey grid
    top, bottom = ys[4], ys[shown[-1][0]] + rh
    for x in xs[:10]:
        p.items.append(Line(x, top, x, bottom, 0.8, (20, 20, 20)))
    for sr in [4] + [s for s, _, _ in shown]:
        p.items.append(Line(xs[0], ys[sr], xs[9], ys[sr], 0.8, (20, 20, 20)))
    p.items.append(Line(xs[0], bottom, xs[9], bottom, 0.8, (20, 20, 20)))
    boss, checker, clerk = (n for n, _, _ in other_people(f"exsx:{unit}", 3))
    cell(tail + 2, 0, 3, f"单位负责人：{boss}", 10, "left")
    cell(tail + 2, 4, 6, f"审核人：{checker}", 10, "left")
    cell(tail + 2, 6, 9, f"制表人：{clerk}　0772-{2500000 + h % 900000}", 10, "left")
    p.lines.append(f"单位负责人：{boss} 审核人：{checker} 制表人：{clerk}")
    # the floating seal picture, selected
    scx, scy, d = xs[3] + 40, ys[2] + 4, 84.0
    p.seal(scx, scy, d, unit, seed=seed + 371, **ink(seed + 3))
    sx0, sy0 = scx - d / 2 - 4, scy - d / 2 - 4
    blue = (60, 100, 190)
    p.rect(sx0, sy0, d + 8, d + 8, blue, None, 0.8)
    for hx in (sx0, sx0 + (d + 8) / 2, sx0 + d + 8):
        for hy in (sy0, sy0 + (d + 8) / 2, sy0 + d + 8):
            if hx == sx0 + (d + 8) / 2 and hy == sy0 + (d + 8) / 2:
                continue
            p.items.append(Ellipse(hx - 4, hy - 4, 8, 8, (255, 255, 255)))
            p.rect(hx - 4, hy - 4, 8, 8, blue, None, 0.6)
    p.items.append(Ellipse(sx0 + (d + 8) / 2 - 6, sy0 - 22, 12, 12, blue))
    # sheet tabs and the status bar
    p.rect(0, H - 60, W, 32, None, (240, 240, 240), 0)
    tx = 60.0
    for t in ("聘任花名册", "管理岗", "工勤岗", "退休", "Sheet1", "⊕"):
        tw = text_width(t, 9.5, MICRO) + 26
        if t == "聘任花名册":
            p.rect(tx, H - 60, tw, 28, None, (255, 255, 255), 0)
            p.items.append(Line(tx, H - 33, tx + tw, H - 33, 2, green))
        p.text(tx + 13, H - 40, t, 9.5, color=green if t == "聘任花名册" else dark, line=False)
        tx += tw
    p.rect(0, H - 28, W, 28, None, (243, 243, 243), 0)
    p.text(12, H - 10, f"就绪　　在 {total} 条记录中找到 {len(rows)} 个　　辅助功能: 调查", 9,
           color=dark, line=False)
    p.text(W - 14, H - 10, "—　━━━━●━━━━　+　100%", 9, "right", dark, line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 32
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round32`.

@layout(LAYOUTS, "appointment_roster.pinshu_lingqu_qianshou")
def pinshu_lingqu_qianshou(*, unit, credit_code, department, rows, fill_date, seed=0,
                           **_) -> Built:
    """The 聘书发放签收表 the personnel office prints for the 聘任大会 / 聘书颁发仪式 at which a
    new 聘期's 聘书 are handed out, each person signing for their own 聘书 (kept afterwards in
    the 聘任 file as proof the 聘书 went out; applicants whose 聘书 got lost upload a copy of
    it): portrait A4, the title, 发放单位 and the 会议 line (时间 and 地点), a table 序号 / 姓名
    / 身份证号码 / 聘任职务 / 聘任时间 (2018.03) / 聘书编号 / 领取人签名 / 领取日期, every 签名
    and 日期 cell filled in pen by the person (different hands and inks; one 代领 by a
    colleague with the note 代), the 发放人 and 监督人 lines, the unit's seal over 发放单位
    at the foot. A colour scan, one page."""
    import hashlib

    from ..layout import Line, Text
    from ._common import HEI, PEN, other_people, text_width

    h = int(hashlib.sha256(f"psl{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = A4
    p = Page(W, H, font=MING, background=(252, 252, 249))
    dark = (25, 25, 25)
    p.text(W / 2, 78, f"{fill_date[:4]}年度专业技术职务聘书发放签收表", 17, "center", dark,
           font=HEI)
    usz = 10.5
    while text_width(f"发放单位（盖章）：{unit}", usz, MING) > W - 90:
        usz -= 0.5
    p.text(40, 112, f"发放单位（盖章）：{unit}", usz, color=dark)
    p.text(40, 132, f"主管部门：{department}", 10.5, color=dark)
    place = ("学术报告厅", "行政楼三楼会议室", "职工活动中心")[h % 3]
    p.text(40, 152, f"发放时间：{cn(fill_date)}　地点：{place}", 10.5, color=dark)
    p.lines.append(f"统一社会信用代码：{credit_code}")
    p.items.append(Text(W - 40, 152, f"信用代码：{credit_code}", 9, "right", dark, MING))
    cols = [26, 50, 128, 92, 52, 72, 62, 33]
    heads = ["序号", "姓名", "身份证号码", "聘任职务", "聘任时间", "聘书编号", "领取人签名",
             "日期"]
    xs = [40.0]
    for w in cols:
        xs.append(xs[-1] + w)
    n = len(rows)
    y0, rh = 170.0, min(34.0, 520.0 / (n + 1))
    for r in range(n + 2):
        p.items.append(Line(xs[0], y0 + r * rh, xs[-1], y0 + r * rh,
                            1.0 if r in (0, 1, n + 1) else 0.6, dark))
    for x in xs:
        p.items.append(Line(x, y0, x, y0 + (n + 1) * rh, 0.6, dark))
    for k, hd in enumerate(heads):
        hs = 9.5
        while text_width(hd, hs, HEI) > cols[k] - 4:
            hs -= 0.5
        p.items.append(Text((xs[k] + xs[k + 1]) / 2, y0 + rh / 2 + 3.5, hd, hs, "center", dark,
                            HEI))
    p.lines.append(" ".join(heads))
    inks = [PEN, (20, 20, 20), (30, 60, 160), (40, 40, 90)]
    deputy = other_people(f"psl:{unit}", 1)[0][0]
    for i, r in enumerate(rows, 1):
        ap = r["appointed_on"]
        cy = y0 + i * rh + rh / 2 + 3.5
        serial = f"{fill_date[:4]}{(h + i * 37) % 900 + 100:03d}"
        cells = [str(i), r["name"], r["id_number"], r["title"],
                 f"{ap[:4]}.{ap[5:7]}", serial]
        for k, c in enumerate(cells):
            sz = 9.5
            while text_width(c, sz, MING) > cols[k] - 4:
                sz -= 0.25
            p.items.append(Text((xs[k] + xs[k + 1]) / 2, cy, c, sz, "center", dark, MING))
        p.lines.append(" ".join(cells))
        c = inks[(h + i) % len(inks)]
        if (h + i) % 7 == 3 and n > 1:
            sig = f"{deputy}代"
        else:
            sig = r["name"]
        ss = 15.0
        while text_width(sig, ss, KAI) > cols[6] - 6:
            ss -= 0.5
        p.items.append(Text(xs[6] + 4 + (i % 3), cy + 2, sig, ss, "left", c, KAI))
        p.items.append(Text((xs[7] + xs[8]) / 2, cy + 1,
                            f"{int(fill_date[5:7])}.{int(fill_date[8:])}", 9, "center", c, KAI))
    fy = y0 + (n + 1) * rh + 40
    giver, watcher = (nm for nm, _, _ in other_people(f"psl2:{unit}", 2))
    p.text(40, fy, "发放人：", 10.5, color=dark)
    p.items.append(Text(40 + text_width("发放人：", 10.5, MING), fy + 2, giver, 14, "left",
                        PEN, KAI))
    p.text(250, fy, "监督人：", 10.5, color=dark)
    p.items.append(Text(250 + text_width("监督人：", 10.5, MING), fy + 2, watcher, 14, "left",
                        (20, 20, 20), KAI))
    p.text(40, fy + 28, "说明：本表由人事科存档，聘书遗失的凭本表出具聘任证明。", 9.5,
           color=(80, 80, 80), line=False)
    fsz = 11.0
    while text_width(unit, fsz, MING) > 230:
        fsz -= 0.5
    p.text(W - 60, fy + 70, unit, fsz, "right", dark)
    p.text(W - 60, fy + 94, cn(fill_date), 11, "right", dark)
    p.seal(W - 60 - min(text_width(unit, fsz, MING), 230) / 2, fy + 76, 104, unit,
           seed=seed + 395, **ink(seed + 2))
    p.text(W / 2, H - 36, "第 1 页　共 1 页", 9, "center", (90, 90, 90), line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 33
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round33`.

@layout(LAYOUTS, "appointment_roster.hongbi_shenhe_gouxuan")
def hongbi_shenhe_gouxuan(*, unit, credit_code, department, rows, fill_date, seed=0,
                          **_) -> Built:
    """The 聘任人员花名册 as it came back from the 主管部门's (or the 职改办's) check of a
    unit's 岗位聘用 before the 职称 round, and was then copied for each applicant's file: the
    printed landscape table (序号 / 姓名 / 性别 / 身份证号码 / 现聘专业技术职务 / 聘任时间
    (2018年3月) / 审核意见, empty when printed) with the checker's red ballpoint ticks (√ and
    符合 in each 审核意见 cell, a red underline under one ID number she compared against the
    ID card), 已核 and her initials with a date written in red at the foot, the unit's seal
    over 填报单位 and the 制表人 / 联系电话 / 负责人 line printed at the foot. Colour scan, one
    page."""
    import hashlib

    from ..layout import Line, Text
    from ._common import HEI, other_people, text_width

    h = int(hashlib.sha256(f"hbsh{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = A4_LANDSCAPE
    p = Page(W, H, font=MING, background=(251, 251, 248))
    dark, redpen = (25, 25, 25), (210, 40, 45)
    p.text(W / 2, 56, f"{unit}专业技术职务聘任人员花名册", 17, "center", dark, font=HEI)
    p.text(40, 88, f"填报单位（盖章）：{unit}", 10.5, color=dark)
    p.text(W - 40, 88, f"统一社会信用代码：{credit_code}", 10.5, "right", dark)
    p.text(40, 108, f"主管部门：{department}", 10.5, color=dark)
    p.text(W - 40, 108, f"填报时间：{cn(fill_date)}", 10.5, "right", dark)
    cols = [36, 70, 40, 170, 170, 100, 176]
    heads = ["序号", "姓名", "性别", "身份证号码", "现聘专业技术职务", "聘任时间", "审核意见"]
    xs = [40.0]
    for w in cols:
        xs.append(xs[-1] + w)
    n = len(rows)
    y0, rh = 122.0, min(28.0, 360.0 / (n + 1))
    for r in range(n + 2):
        p.items.append(Line(xs[0], y0 + r * rh, xs[-1], y0 + r * rh,
                            1.0 if r in (0, 1, n + 1) else 0.6, dark))
    for x in xs:
        p.items.append(Line(x, y0, x, y0 + (n + 1) * rh, 0.6, dark))
    for k, hd in enumerate(heads):
        p.items.append(Text((xs[k] + xs[k + 1]) / 2, y0 + rh / 2 + 3.5, hd, 10, "center", dark,
                            HEI))
    p.lines.append(" ".join(heads))
    marked = h % max(1, n)
    for i, r in enumerate(rows, 1):
        ap = r["appointed_on"]
        cy = y0 + i * rh + rh / 2 + 3.5
        sex = "男" if int(r["id_number"][16]) % 2 else "女"
        cells = [str(i), r["name"], sex, r["id_number"], r["title"],
                 f"{ap[:4]}年{int(ap[5:7])}月"]
        for k, c in enumerate(cells):
            sz = 10.0
            while text_width(c, sz, MING) > cols[k] - 6:
                sz -= 0.25
            p.items.append(Text((xs[k] + xs[k + 1]) / 2, cy, c, sz, "center", dark, MING))
        p.lines.append(" ".join(cells))
        p.items.append(Text(xs[6] + 30 + (h + i) % 9, cy + 2, "√", 15, "left", redpen, KAI))
        p.items.append(Text(xs[6] + 70 + (h * i) % 11, cy + 1, "符合", 12, "left", redpen,
                            KAI))
        if i - 1 == marked:
            tw = text_width(r["id_number"], 10, MING)
            mx = (xs[3] + xs[4]) / 2
            p.items.append(Line(mx - tw / 2, cy + 4, mx + tw / 2 + 3, cy + 3, 1.1, redpen))
    fy = y0 + (n + 1) * rh + 34
    maker, head = (nm for nm, _, _ in other_people(f"hbsh:{unit}", 2))
    p.text(40, fy, f"制表人：{maker}　　联系电话：0772-{2800000 + h % 900000}　　"
           f"单位负责人：{head}", 10.5, color=dark)
    p.text(40, fy + 22, "注：聘任时间按聘任文件或聘书填写；本表一式两份。", 9.5,
           color=(90, 90, 90), line=False)
    checker = other_people(f"hbsh2:{unit}", 1)[0][0]
    cd = f"{fill_date[:4]}.{int(fill_date[5:7])}.{min(28, int(fill_date[8:]) + 6)}"
    p.items.append(Text(W - 250, fy + 10, f"已核　{checker[0]}　{cd}", 16, "left", redpen, KAI))
    fsz = 11.0
    while text_width(unit, fsz, MING) > 230:
        fsz -= 0.5
    p.text(W - 60, fy + 58, unit, fsz, "right", dark)
    p.text(W - 60, fy + 80, cn(fill_date), 11, "right", dark)
    p.seal(W - 60 - min(text_width(unit, fsz, MING), 230) / 2, fy + 62, 104, unit,
           seed=seed + 415, **ink(seed + 1))
    p.text(W / 2, H - 24, "第 1 页　共 1 页", 9, "center", (90, 90, 90), line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 34
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round34`.

@layout(LAYOUTS, "appointment_roster.xiuzhengdai_gaixie")
def xiuzhengdai_gaixie(*, unit, credit_code, department, rows, fill_date, seed=0,
                       **_) -> Built:
    """The printed 聘任人员名册 the personnel clerk corrected by hand instead of reprinting it
    after the seal was already on (a 聘任时间 typed wrong): a strip of white 修正带 (correction
    tape) laid over the wrong cell, slightly crooked and wider than the cell, the right
    year-month written on the tape in blue-black pen, and the clerk's initials with a small
    改 beside it, as corrections on a sealed 名册 are initialled; the rest printed (the title
    {year}年度专业技术人员聘任名册, 单位名称 / 统一社会信用代码 / 主管部门 / 填表日期, the table
    序号 / 姓名 / 性别 / 出生年月 / 公民身份号码 / 聘任专业技术职务 / 聘任时间 (2018.03) /
    聘期 / 备注, the 填表人 / 审核人 / 联系电话 line and the unit's seal over 单位（盖章）).
    Scanned in colour on the office copier, landscape, one page."""
    import hashlib

    from ..layout import Line, Text
    from ._common import HEI, PEN, other_people, text_width

    h = int(hashlib.sha256(f"xzd{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = A4_LANDSCAPE
    p = Page(W, H, font=MING, background=(250, 250, 247))
    dark = (28, 28, 28)
    p.text(W / 2, 54, f"{fill_date[:4]}年度专业技术人员聘任名册", 18, "center", dark, font=HEI)
    p.text(44, 86, f"单位名称（盖章）：{unit}", 10.5, color=dark)
    p.text(W - 44, 86, f"统一社会信用代码：{credit_code}", 10.5, "right", dark)
    p.text(44, 106, f"主管部门：{department}", 10.5, color=dark)
    p.text(W - 44, 106, f"填表日期：{fill_date[:4]}.{fill_date[5:7]}.{fill_date[8:10]}", 10.5,
           "right", dark)
    cols = [34, 64, 34, 62, 160, 150, 80, 74, 96]
    heads = ["序号", "姓名", "性别", "出生年月", "公民身份号码", "聘任专业技术职务", "聘任时间",
             "聘期", "备注"]
    xs = [44.0]
    for w in cols:
        xs.append(xs[-1] + w)
    n = len(rows)
    y0, rh = 120.0, min(27.0, 350.0 / (n + 1))
    for r in range(n + 2):
        p.items.append(Line(xs[0], y0 + r * rh, xs[-1], y0 + r * rh,
                            1.0 if r in (0, 1, n + 1) else 0.6, dark))
    for x in xs:
        p.items.append(Line(x, y0, x, y0 + (n + 1) * rh, 0.6, dark))
    for c, hd in enumerate(heads):
        p.items.append(Text((xs[c] + xs[c + 1]) / 2, y0 + rh / 2 + 3.5, hd, 9.5, "center", dark,
                            HEI))
    p.lines.append(" ".join(heads))
    fixed = h % max(1, n)
    for i, r in enumerate(rows, 1):
        ap, idn = r["appointed_on"], r["id_number"]
        cy = y0 + i * rh + rh / 2 + 3.5
        sex = "男" if int(idn[16]) % 2 else "女"
        cells = [str(i), r["name"], sex, f"{idn[6:10]}.{idn[10:12]}", idn, r["title"],
                 f"{ap[:4]}.{ap[5:7]}", "三年", "续聘" if (h + i) % 3 == 0 else ""]
        for c, val in enumerate(cells):
            if i - 1 == fixed and c == 6:
                continue
            sz = 9.5
            while text_width(val, sz, MING) > cols[c] - 6:
                sz -= 0.25
            p.items.append(Text((xs[c] + xs[c + 1]) / 2, cy, val, sz, "center", dark, MING))
        p.lines.append(" ".join(v for v in cells if v))
        if i - 1 == fixed:
            tx0, tx1 = xs[6] - 3, xs[7] + 4
            ty = y0 + i * rh + 2
            p.rect(tx0 + 1, ty + 1.5, tx1 - tx0, rh - 3, None, (226, 226, 222), 0)
            p.rect(tx0, ty, tx1 - tx0, rh - 3, None, (255, 255, 255), 0)
            p.items.append(Line(tx0, ty, tx1, ty + 0.8, 0.4, (206, 206, 204)))
            p.items.append(Line(tx0, ty + rh - 3, tx1, ty + rh - 2.4, 0.4, (206, 206, 204)))
            p.items.append(Text((xs[6] + xs[7]) / 2 + 2, cy + 1, f"{ap[:4]}.{ap[5:7]}",
                                min(13.0, rh * 0.55), "center", PEN, KAI))
            initials = other_people(f"xzd:{unit}", 1)[0][0]
            p.items.append(Text(xs[7] - 4, ty + 8, f"改{initials[0]}", 7.5, "right", PEN, KAI))
    fy = y0 + (n + 1) * rh + 32
    maker, checker = (nm for nm, _, _ in other_people(f"xzd2:{unit}", 2))
    p.text(44, fy, f"填表人：{maker}　　审核人：{checker}　　联系电话：0772-{3100000 + h % 800000}",
           10.5, color=dark)
    p.text(44, fy + 22, "说明：聘任时间以聘任文件（聘书）为准；聘期为本聘期。", 9.5,
           color=(96, 96, 96), line=False)
    fsz = 11.0
    while text_width(unit, fsz, MING) > 230:
        fsz -= 0.5
    p.text(W - 70, fy + 50, "单位（盖章）", 11, "right", dark)
    p.text(W - 70, fy + 74, unit, fsz, "right", dark)
    p.text(W - 70, fy + 98, cn(fill_date), 11, "right", dark)
    p.seal(W - 70 - min(text_width(unit, fsz, MING), 230) / 2, fy + 70, 106, unit,
           seed=seed + 435, **ink(seed + 3))
    p.text(W / 2, H - 22, "第 1 页　共 1 页", 9, "center", (96, 96, 96), line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 35
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round35`.

@layout(LAYOUTS, "appointment_roster.huiyi_cailiao_huishou")
def huiyi_cailiao_huishou(*, unit, credit_code, department, rows, fill_date, seed=0,
                          **_) -> Built:
    """A page of the printed 会议材料 handed round at the unit's 党政联席会议 (院长办公会 /
    校长办公会) that reviewed the 岗位设置 and the year's 聘任: the handout's own marks (会议
    材料之三 boxed at the top left, 编号 No. and 会后收回 in a red box at the top right, the
    公文 page number — 3 — at the foot), the heading 现聘专业技术人员名册, the 截至 line with
    the unit, the 统一社会信用代码 and the 主管部门, the table 序号 / 科室 / 姓名 / 公民身份
    号码 / 现聘专业技术职务 / 聘任时间 / 岗位等级 / 备注, a participant's pencil ticks in the
    margin, and — because the applicant got the page from the 人事科 after the meeting — the
    clerk's line 本页与会议材料原件一致 with the unit's seal and the date, as an extract of a
    会议材料 is certified. Scanned in colour, portrait A4, one page."""
    import hashlib

    from ..layout import Line, Text
    from ._common import HEI, other_people, text_width

    h = int(hashlib.sha256(f"hycl{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = A4
    p = Page(W, H, font=MING, background=(251, 251, 248))
    dark, red, pencil = (26, 26, 26), (206, 34, 36), (96, 96, 100)
    # the handout's marks
    p.rect(40, 34, 104, 28, dark, None, 0.9)
    p.text(92, 53, "会议材料之三", 11, "center", dark, font=HEI, line=False)
    p.text(W - 124, 53, f"No. {h % 40 + 1:03d}", 11, "right", dark, line=False)
    p.rect(W - 114, 34, 74, 28, red, None, 1.2)
    p.text(W - 77, 53, "会后收回", 11, "center", red, font=HEI, line=False)
    p.text(W / 2, 104, "现聘专业技术人员名册", 19, "center", dark, font=HEI)
    us = 10.0
    line1 = f"单位：{unit}　　截至{cn(fill_date)}"
    while text_width(line1, us, MING) > W - 90:
        us -= 0.25
    p.text(44, 136, line1, us, color=dark)
    line2 = f"统一社会信用代码：{credit_code}　　主管部门：{department}"
    us2 = 10.0
    while text_width(line2, us2, MING) > W - 90:
        us2 -= 0.25
    p.text(44, 156, line2, us2, color=dark)
    cols = [28, 58, 52, 136, 112, 58, 44, 26]
    heads = ["序号", "科室", "姓名", "公民身份号码", "现聘专业技术职务", "聘任时间", "岗位等级",
             "备注"]
    xs = [44.0]
    for w in cols:
        xs.append(xs[-1] + w)
    n = len(rows)
    y0, rh = 170.0, min(30.0, 440.0 / (n + 1))
    for r in range(n + 2):
        p.items.append(Line(xs[0], y0 + r * rh, xs[-1], y0 + r * rh,
                            1.0 if r in (0, 1, n + 1) else 0.5, dark))
    for x in xs:
        p.items.append(Line(x, y0, x, y0 + (n + 1) * rh, 0.5, dark))
    for c, hd in enumerate(heads):
        sz = 8.5
        while text_width(hd, sz, HEI) > cols[c] - 3:
            sz -= 0.25
        p.items.append(Text((xs[c] + xs[c + 1]) / 2, y0 + rh / 2 + 3, hd, sz, "center", dark,
                            HEI))
    p.lines.append(" ".join(heads))
    depts = (("内科", "外科", "儿科", "药剂科", "检验科", "护理部") if "医院" in unit else
             ("语文组", "数学组", "英语组", "教务处", "理化组", "德育处") if "学" in unit else
             ("技术部", "工程部", "财务部", "质检部", "设计部", "综合办"))
    for i, r in enumerate(rows, 1):
        ttl = r["title"]
        grade = ("专技四级" if ttl.startswith(("正高", "主任")) else
                 "专技七级" if ttl.startswith(("高级", "副主任", "副教授")) else
                 "专技十二级" if ttl.startswith("助理") else "专技十级")
        ap = r["appointed_on"]
        cells = [str(i), depts[(h + i) % len(depts)], r["name"], r["id_number"], ttl,
                 f"{ap[:4]}年{int(ap[5:7])}月", grade, ""]
        cy = y0 + i * rh + rh / 2 + 3
        for c, val in enumerate(cells):
            if not val:
                continue
            sz = 8.5
            while text_width(val, sz, MING) > cols[c] - 4:
                sz -= 0.25
            p.items.append(Text((xs[c] + xs[c + 1]) / 2, cy, val, sz, "center", dark, MING))
        p.lines.append(" ".join(v for v in cells if v))
        if (h >> i) % 3:
            p.items.append(Line(xs[-1] + 8, cy - 3, xs[-1] + 12, cy + 1, 1.0, pencil))
            p.items.append(Line(xs[-1] + 12, cy + 1, xs[-1] + 20, cy - 8, 1.0, pencil))
    fy = y0 + (n + 1) * rh + 26
    maker = other_people(f"hycl:{unit}", 1)[0][0]
    p.text(44, fy, f"注：聘任时间以聘任文件为准。制表：人事科　{maker}", 9.5, color=(90, 90, 90),
           line=False)
    p.text(W - 60, fy + 50, "本页与会议材料原件一致。", 11, "right", dark)
    fsz = 11.0
    while text_width(unit, fsz, MING) > 220:
        fsz -= 0.5
    p.text(W - 60, fy + 78, unit, fsz, "right", dark)
    p.text(W - 60, fy + 102, cn(fill_date), 11, "right", dark)
    p.seal(W - 60 - min(text_width(unit, fsz, MING), 220) / 2, fy + 76, 104, unit,
           seed=seed + 455, **ink(seed + 1))
    p.text(W / 2, H - 34, "— 3 —", 12, "center", dark, line=False)
    p.items.append(Line(28, 28, 34, 44, 2.0, (150, 150, 156)))  # the staple
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 36
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round36`.

@layout(LAYOUTS, "appointment_roster.dingzhuang_fanye_paizhao")
def dingzhuang_fanye_paizhao(*, unit, credit_code, department, rows, fill_date, seed=0,
                             **_) -> Built:
    """A phone photo of the 附件 page of the unit's stapled 聘任文件, taken with the first page
    (the red-headed 关于聘任…的通知) folded back over the corner staple: the applicant had the
    stapled copy from the 人事科 and would not pull the staple, so page 1 is turned over the
    top and held down, its back curling up across the top of the picture with the red 文件
    head and the body showing through upside down. The photographed page: 附件, the heading
    聘任专业技术职务人员名单, the unit, 统一社会信用代码 and 主管部门, the table 序号 / 姓名 /
    性别 / 公民身份号码 / 聘任专业技术职务 / 岗位等级 / 聘任时间 (2019.07), the 注 line, the
    unit and the date with the seal, and the 公文 page number — 2 —. On a desk, one page."""
    import hashlib

    from ..layout import Line, Text
    from ._common import HEI, desk, text_width

    h = int(hashlib.sha256(f"dzfy{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = 700.0, 980.0
    p = Page(W, H, font=MING)
    sx, sy, sw, sh = 40.0, 70.0, 620.0, 880.0
    desk(p, 1 + h % 3, sx, sy, sw, sh, paper=(252, 251, 246))
    dark = (28, 28, 28)
    # the turned-back first page, its back curling over the top
    p.rect(sx - 4, 12, sw + 8, 96, None, (70, 56, 44), 0)
    p.rect(sx - 6, 6, sw + 10, 94, None, (238, 236, 228), 0)
    p.rect(sx - 6, 82, sw + 10, 18, None, (222, 220, 212), 0)
    p.watermark(sx + sw / 2, 64, f"{unit}文件", 26, 180, (214, 60, 60), 0.22, HEI)
    p.watermark(sx + sw / 2, 30, "关于聘任专业技术职务的通知", 14, 180, (60, 60, 60), 0.14)
    p.items.append(Line(sx + 18, 110, sx + 30, 126, 2.4, (150, 150, 156)))  # the staple
    # the 附件 page
    p.text(sx + 40, sy + 66, "附件", 14, color=dark, font=HEI)
    p.text(sx + sw / 2, sy + 100, "聘任专业技术职务人员名单", 18, "center", dark, font=HEI)
    for i, t in enumerate((f"单位：{unit}",
                           f"统一社会信用代码：{credit_code}　　主管部门：{department}")):
        sz = 10.5
        while text_width(t, sz, MING) > sw - 80:
            sz -= 0.25
        p.text(sx + 40, sy + 132 + i * 20, t, sz, color=dark)
    cols = [34, 62, 34, 150, 126, 70, 64]
    heads = ["序号", "姓名", "性别", "公民身份号码", "聘任专业技术职务", "岗位等级", "聘任时间"]
    xs = [sx + 40]
    for w in cols:
        xs.append(xs[-1] + w)
    n = len(rows)
    y0, rh = sy + 166, min(30.0, 470.0 / (n + 1))
    for r in range(n + 2):
        p.items.append(Line(xs[0], y0 + r * rh, xs[-1], y0 + r * rh,
                            1.0 if r in (0, 1, n + 1) else 0.5, dark))
    for x in xs:
        p.items.append(Line(x, y0, x, y0 + (n + 1) * rh, 0.5, dark))
    for c, hd in enumerate(heads):
        sz = 9.5
        while text_width(hd, sz, HEI) > cols[c] - 4:
            sz -= 0.25
        p.items.append(Text((xs[c] + xs[c + 1]) / 2, y0 + rh / 2 + 3.5, hd, sz, "center", dark,
                            HEI))
    p.lines.append(" ".join(heads))
    for i, r in enumerate(rows, 1):
        ap = r["appointed_on"]
        sex = "男" if int(r["id_number"][16]) % 2 else "女"
        cells = [str(i), r["name"], sex, r["id_number"], r["title"], _grade(r["title"]),
                 f"{ap[:4]}.{ap[5:7]}"]
        cy = y0 + i * rh + rh / 2 + 3.5
        for c, val in enumerate(cells):
            sz = 9.5
            while text_width(val, sz, MING) > cols[c] - 4:
                sz -= 0.25
            p.items.append(Text((xs[c] + xs[c + 1]) / 2, cy, val, sz, "center", dark, MING))
        p.lines.append(" ".join(cells))
    fy = y0 + (n + 1) * rh + 24
    p.text(sx + 40, fy, "注：聘期三年，聘任时间自聘任文件印发之月起计算。", 9.5,
           color=(80, 80, 80), line=False)
    fsz = 11.5
    while text_width(unit, fsz, MING) > 240:
        fsz -= 0.5
    rx = sx + sw - 50
    p.text(rx, fy + 70, unit, fsz, "right", dark)
    p.text(rx, fy + 96, cn(fill_date), 11.5, "right", dark)
    p.seal(rx - min(text_width(unit, fsz, MING), 240) / 2, fy + 70, 112, unit,
           seed=seed + 461, **ink(seed + 2))
    p.text(sx + sw / 2, sy + sh - 30, "— 2 —", 12, "center", dark, line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 37
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round37`.

@layout(LAYOUTS, "appointment_roster.yongyin_xianchang_paizhao")
def yongyin_xianchang_paizhao(*, unit, credit_code, department, rows, fill_date, seed=0,
                              **_) -> Built:
    """A phone photo taken at the 印章管理员's desk the moment the roster was sealed: the 人事
    科 clerk sends the sealed 聘任人员名单 to the applicants' group before filing it, so the
    photo shows the sheet with the seal still wet, the 公章 just lifted and lying on its side
    at the right edge of the frame (its dark red handle), the open red 印台 at the top right
    and the 用印登记簿's ruled corner (日期, 用印事由, 份数, 经办人, 批准人) under the sheet at
    the lower left. The sheet: 聘任人员名单, the unit, 统一社会信用代码 and 主管部门, the table
    序号 / 姓名 / 身份证号码 / 聘任职务 / 聘任时间 (2019年7月) / 聘期, the 制表 and 审核
    names, the unit and the date with the seal. One page."""
    import hashlib

    from ..layout import Ellipse, Line, Text
    from ._common import HEI, PEN, desk, other_people, text_width

    h = int(hashlib.sha256(f"yyxc{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = 760.0, 980.0
    p = Page(W, H, font=MING)
    dark = (30, 30, 30)
    desk(p, h % 4, 0, 0, 0, 0)
    # the 用印登记簿 under the sheet, lower left
    p.rect(10, 690, 300, 280, None, (238, 232, 214), 0)
    for k in range(8):
        p.items.append(Line(10, 716 + k * 30, 310, 716 + k * 30, 0.6, (120, 100, 90)))
    for x in (70, 200, 250):
        p.items.append(Line(x, 700, x, 970, 0.6, (120, 100, 90)))
    p.text(16, 710, "日期　　　用印事由　　　　　　份数　经办人", 8.5, color=(90, 70, 60),
           line=False)
    p.text(16, 740, f"{fill_date[5:7]}.{fill_date[8:10]}", 9, color=PEN, font=KAI, line=False)
    # the sheet
    sx, sy, sw, sh = 30.0, 40.0, 600.0, 860.0
    p.rect(sx + 5, sy + 7, sw, sh, None, (60, 45, 35), 0)
    p.rect(sx, sy, sw, sh, None, (252, 252, 248), 0)
    p.text(sx + sw / 2, sy + 70, "聘任人员名单", 20, "center", dark, font=HEI)
    for i, t in enumerate((f"单位：{unit}",
                           f"统一社会信用代码：{credit_code}　主管部门：{department}")):
        sz = 10.5
        while text_width(t, sz, MING) > sw - 80:
            sz -= 0.25
        p.text(sx + 40, sy + 108 + i * 20, t, sz, color=dark)
    cols = [34, 60, 150, 124, 86, 0]
    cols[-1] = sw - 80 - sum(cols[:-1])
    heads = ["序号", "姓名", "身份证号码", "聘任职务", "聘任时间", "聘期"]
    xs = [sx + 40]
    for w in cols:
        xs.append(xs[-1] + w)
    n = len(rows)
    y0, rh = sy + 146, min(32.0, 440.0 / (n + 1))
    for r in range(n + 2):
        p.items.append(Line(xs[0], y0 + r * rh, xs[-1], y0 + r * rh, 0.7, dark))
    for x in xs:
        p.items.append(Line(x, y0, x, y0 + (n + 1) * rh, 0.7, dark))
    for c, hd in enumerate(heads):
        p.items.append(Text((xs[c] + xs[c + 1]) / 2, y0 + rh / 2 + 3.5, hd, 10, "center", dark,
                            HEI))
    p.lines.append(" ".join(heads))
    for i, r in enumerate(rows, 1):
        ap = r["appointed_on"]
        cells = [str(i), r["name"], r["id_number"], r["title"], f"{int(ap[:4])}年{int(ap[5:7])}月",
                 "三年"]
        cy = y0 + i * rh + rh / 2 + 3.5
        for c, val in enumerate(cells):
            sz = 10.0
            while text_width(val, sz, MING) > cols[c] - 4:
                sz -= 0.25
            p.items.append(Text((xs[c] + xs[c + 1]) / 2, cy, val, sz, "center", dark, MING))
        p.lines.append(" ".join(cells))
    fy = y0 + (n + 1) * rh + 40
    staff = other_people(f"yyxc:{unit}", 2)
    p.text(sx + 40, fy, f"制表：{staff[0][0]}　　审核：{staff[1][0]}", 10.5, color=dark,
           line=False)
    fsz = 12.0
    while text_width(unit, fsz, MING) > 250:
        fsz -= 0.5
    rx = sx + sw - 50
    p.text(rx, fy + 70, unit, fsz, "right", dark)
    p.text(rx, fy + 96, cn(fill_date), 12, "right", dark)
    p.seal(rx - min(text_width(unit, fsz, MING), 250) / 2, fy + 70, 116, unit,
           seed=seed + 471, **ink(seed + 1))
    # the 印台, top right, and the 公章 lying on its side at the right edge
    p.rect(650, 30, 100, 80, None, (30, 30, 34), 0)
    p.rect(660, 40, 80, 60, None, (176, 24, 32), 0)
    p.rect(646, 430, 110, 56, None, (120, 20, 26), 0)
    p.items.append(Ellipse(700, 420, 58, 76, (140, 26, 30)))
    p.rect(632, 430, 16, 56, None, (96, 80, 70), 0)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 38
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round38`.

@layout(LAYOUTS, "appointment_roster.baiban_citie_paizhao")
def baiban_citie_paizhao(*, unit, credit_code, department, rows, fill_date, seed=0,
                         **_) -> Built:
    """A phone photo of the sealed 聘任人员名单 held by round magnets (磁贴) on the 人事科's
    whiteboard, where the clerk puts up the lists applicants must check before the 职称 files
    go out: the aluminium-framed board fills the frame, marker notes around the sheet (a
    材料报送截止 date, a phone number, a 会议 time, ticks in red), the marker tray along the
    foot. The sheet: 聘任人员名单, the unit, 统一社会信用代码 and 主管部门, the table 序号 / 姓
    名 / 性别 / 公民身份号码 / 聘任专业技术职务 / 聘任起始时间 (2019.07), the 经办人 and 负责人
    names, the unit and the date with the seal. One page."""
    import hashlib

    from ..layout import Ellipse, Line, Text
    from ._common import HEI, other_people, text_width

    h = int(hashlib.sha256(f"bbct{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = 1000.0, 760.0
    p = Page(W, H, font=MING, background=(200, 198, 190))
    dark, blue, red = (30, 30, 30), (30, 60, 170), (200, 40, 40)
    # the board, its frame and tray
    p.rect(10, 10, W - 20, H - 50, (170, 172, 176), (246, 247, 245), 8.0)
    p.rect(10, H - 44, W - 20, 22, None, (160, 162, 166), 0)
    for i, c in enumerate(((30, 60, 170), (200, 40, 40), (30, 30, 30))):
        p.rect(300 + i * 80, H - 42, 60, 12, None, c, 0)
    # marker notes round the sheet
    due = f"{int(fill_date[5:7])}月{min(28, int(fill_date[8:10]) + 3 + h % 5)}日"
    staff = other_people(f"bbct:{unit}", 4)
    notes = [(30, 70, f"材料{due}前报送！", red, 16), (30, 120, "周四 3:00 党政联席会", blue, 15),
             (30, 160, f"{staff[2][0]} 139{h % 90000000 + 10000000}", blue, 14),
             (30, 640, "核对身份证号", red, 16), (30, 680, "有误找人事科", red, 14)]
    for x, y, t, c, s in notes:
        p.text(x, y, t, s, color=c, font=KAI, line=False)
    # the sheet
    sx, sy, sw, sh = 250.0, 40.0, 720.0, 640.0
    p.rect(sx + 3, sy + 4, sw, sh, None, (190, 190, 186), 0)
    p.rect(sx, sy, sw, sh, None, (252, 252, 250), 0)
    for mx, my in ((sx + 16, sy + 14), (sx + sw - 16, sy + 14), (sx + 16, sy + sh - 14),
                   (sx + sw - 16, sy + sh - 14)):
        p.items.append(Ellipse(mx - 11, my - 11, 22, 22, (30 + h % 3 * 70, 120, 200)))
    p.text(sx + sw / 2, sy + 56, "聘任人员名单", 20, "center", dark, font=HEI)
    for i, t in enumerate((f"单位（盖章）：{unit}　　主管部门：{department}",
                           f"统一社会信用代码：{credit_code}")):
        sz = 10.5
        while text_width(t, sz, MING) > sw - 60:
            sz -= 0.25
        p.text(sx + 30, sy + 90 + i * 20, t, sz, color=dark)
    cols = [36, 66, 36, 170, 0, 100]
    cols[4] = sw - 60 - sum(cols)
    heads = ["序号", "姓名", "性别", "公民身份号码", "聘任专业技术职务", "聘任起始时间"]
    xs = [sx + 30]
    for w in cols:
        xs.append(xs[-1] + w)
    n = len(rows)
    y0, rh = sy + 128, min(30.0, 330.0 / (n + 1))
    for r in range(n + 2):
        p.items.append(Line(xs[0], y0 + r * rh, xs[-1], y0 + r * rh, 0.7, dark))
    for x in xs:
        p.items.append(Line(x, y0, x, y0 + (n + 1) * rh, 0.7, dark))
    for c, hd in enumerate(heads):
        p.items.append(Text((xs[c] + xs[c + 1]) / 2, y0 + rh / 2 + 3.5, hd, 10, "center", dark,
                            HEI))
    p.lines.append(" ".join(heads))
    for i, r in enumerate(rows, 1):
        cells = [str(i), r["name"], r.get("gender", ""), r["id_number"], r["title"],
                 dotted(r["appointed_on"])]
        cy = y0 + i * rh + rh / 2 + 3.5
        for c, val in enumerate(cells):
            sz = 10.5
            while text_width(val, sz, MING) > cols[c] - 4:
                sz -= 0.25
            p.items.append(Text((xs[c] + xs[c + 1]) / 2, cy, val, sz, "center", dark, MING))
        p.lines.append(" ".join(c for c in cells if c))
        p.text(xs[-1] + 4, cy + 2, "√", 14, color=red, font=KAI, line=False)
    fy = y0 + (n + 1) * rh + 34
    p.text(sx + 30, fy, f"经办人：{staff[0][0]}　　负责人：{staff[1][0]}", 10.5, color=dark,
           line=False)
    fsz = 12.0
    while text_width(unit, fsz, MING) > 250:
        fsz -= 0.5
    rx = sx + sw - 50
    p.text(rx, fy + 50, unit, fsz, "right", dark)
    p.text(rx, fy + 76, cn(fill_date), 12, "right", dark)
    p.seal(rx - min(text_width(unit, fsz, MING), 250) / 2, fy + 52, 112, unit,
           seed=seed + 481, **ink(seed + 2))
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 39
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round39`.

@layout(LAYOUTS, "appointment_roster.dayinji_chuzhikou")
def dayinji_chuzhikou(*, unit, credit_code, department, rows, fill_date, seed=0,
                      **_) -> Built:
    """A phone photo of the sealed 聘任人员名单 lying in the output tray of the office's
    laser multifunction printer, taken from above (the 人事科 clerk reprinted the sealed list
    for the applicant, and the applicant photographed it where it lay rather than carry it
    away): the printer's grey body round the sheet, its control panel with a small screen
    (就绪, 打印完成 1/1) and buttons at the top, the brand on the front, the sheet's upper
    edge tucked under the scanner lid's lip, a second, blank sheet's corner under it. The
    sheet: the unit's name, 专业技术职务聘任人员名单, 填报单位, 统一社会信用代码, 主管部门, a
    table 序号 / 姓名 / 公民身份号码 / 现聘专业技术职务 / 岗位等级 / 聘任时间 (2019年7月), the
    制表人 / 审核人 line and the unit's seal over the date. One page."""
    import hashlib

    from ..layout import Ellipse, Line, Text
    from ._common import HEI, other_people, text_width

    h = int(hashlib.sha256(f"dyjc{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = 820.0, 1060.0
    p = Page(W, H, font=MING, background=(178, 180, 182))
    dark = (32, 32, 32)
    # the printer: the panel at the top, the lid's lip over the tray
    p.rect(0, 0, W, 120, None, (70, 72, 76), 0)
    p.rect(40, 24, 170, 70, None, (150, 196, 214), 0)
    p.text(56, 52, "就绪", 13, color=(20, 40, 50), font=HEI, line=False)
    p.text(56, 78, "打印完成　1/1", 11, color=(20, 40, 50), line=False)
    for i, t in enumerate(("复印", "扫描", "打印", "停止")):
        p.items.append(Ellipse(260 + i * 80, 38, 34, 34, (40, 40, 44)))
        p.text(277 + i * 80, 96, t, 10, "center", (220, 220, 220), line=False)
    brand = ("HP LaserJet Pro MFP M227", "Canon iR 2206", "Brother DCP-7195DW",
             "Lenovo M7400 Pro")[h % 4]
    p.text(W - 30, 70, brand, 12, "right", (200, 200, 204), line=False)
    p.rect(0, 120, W, 26, None, (96, 98, 102), 0)
    # the blank sheet's corner, then the list
    p.rect(60, 170, W - 100, H - 220, None, (246, 246, 244), 0)
    sx, sy, sw, sh = 40.0, 138.0, W - 100, H - 190
    p.rect(sx + 4, sy + 6, sw, sh, None, (140, 140, 142), 0)
    p.rect(sx, sy, sw, sh, None, (252, 252, 251), 0)
    p.rect(0, 120, W, 26, None, (96, 98, 102), 0)  # the lid's lip over the sheet's top
    sz = 15.0
    while text_width(unit, sz, HEI) > sw - 80:
        sz -= 0.5
    p.text(sx + sw / 2, sy + 50, unit, sz, "center", dark, font=HEI)
    p.text(sx + sw / 2, sy + 82, "专业技术职务聘任人员名单", 18, "center", dark, font=HEI)
    for i, t in enumerate((f"填报单位：{unit}", f"统一社会信用代码：{credit_code}",
                           f"主管部门：{department}")):
        fs = 10.5
        while text_width(t, fs, MING) > sw - 60:
            fs -= 0.25
        p.text(sx + 30, sy + 114 + i * 19, t, fs, color=dark)
    cols = [34, 60, 150, 0, 70, 80]
    cols[3] = sw - 60 - sum(cols)
    heads = ["序号", "姓名", "公民身份号码", "现聘专业技术职务", "岗位等级", "聘任时间"]
    xs = [sx + 30]
    for w in cols:
        xs.append(xs[-1] + w)
    n = len(rows)
    y0, rh = sy + 176, min(30.0, 420.0 / (n + 1))
    for r in range(n + 2):
        p.items.append(Line(xs[0], y0 + r * rh, xs[-1], y0 + r * rh, 0.7, dark))
    for x in xs:
        p.items.append(Line(x, y0, x, y0 + (n + 1) * rh, 0.7, dark))
    for c, hd in enumerate(heads):
        p.items.append(Text((xs[c] + xs[c + 1]) / 2, y0 + rh / 2 + 3.5, hd, 9.5, "center",
                            dark, HEI))
    p.lines.append(" ".join(heads))
    for i, r in enumerate(rows, 1):
        ao = ym(r["appointed_on"])
        cells = [str(i), r["name"], r["id_number"], r["title"], _grade(r["title"]),
                 f"{int(ao[:4])}年{int(ao[5:7])}月"]
        cy = y0 + i * rh + rh / 2 + 3.5
        for c, val in enumerate(cells):
            fs = 10.5
            while text_width(val, fs, MING) > cols[c] - 4:
                fs -= 0.25
            p.items.append(Text((xs[c] + xs[c + 1]) / 2, cy, val, fs, "center", dark, MING))
        p.lines.append(" ".join(cells))
    staff = other_people(f"dyjc:{unit}", 2)
    fy = y0 + (n + 1) * rh + 34
    p.text(sx + 30, fy, f"制表人：{staff[0][0]}　　审核人：{staff[1][0]}　　"
           f"联系电话：0772-{(h >> 3) % 9000000 + 1000000}", 10.5, color=dark, line=False)
    fsz = 12.0
    while text_width(unit, fsz, MING) > 250:
        fsz -= 0.5
    rx = sx + sw - 50
    p.text(rx, fy + 56, unit, fsz, "right", dark)
    p.text(rx, fy + 82, cn(fill_date), 12, "right", dark)
    p.seal(rx - min(text_width(unit, fsz, MING), 250) / 2, fy + 58, 112, unit,
           seed=seed + 491, **ink(seed + 4))
    p.text(sx + sw / 2, sy + sh - 16, "第 1 页，共 1 页", 9, "center", (110, 110, 110),
           line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)


# --------------------------------------------------------------------------- round 40
# Drawn by another hand, blind to the extractors: layouts.toml lists them as `round40`.

@layout(LAYOUTS, "appointment_roster.zhenshi_lianxuzhi")
def zhenshi_lianxuzhi(*, unit, credit_code, department, rows, fill_date, seed=0,
                      **_) -> Built:
    """A flatbed scan of the 聘任人员名单 printed on a 针式打印机 (dot-matrix, Epson LQ /
    映美 FP) on 241 continuous stationery, as units whose 工资 / 人事 software still drives
    the finance office's dot-matrix printer do: the sprocket-hole strips down both margins,
    the faint pale-green bands across the sheet, the 撕裂线 perforation at the top and foot
    with the next sheet's edge, the printout in the printer's grey-black dots with the
    system's header (系统名称, 打印时间, 操作员) and ruled with dashes (-----), the table 序号
    / 姓名 / 身份证号 / 聘任职务 / 岗位等级 / 聘任起始 (2019.07), 合计 N 人, and the unit's
    seal stamped over the foot by hand beside 经办人 / 负责人. One page."""
    import hashlib

    from ..layout import Ellipse, Line, Text
    from ._common import HEI, other_people, text_width

    h = int(hashlib.sha256(f"zslx{unit}{seed}".encode()).hexdigest()[:8], 16)
    W, H = 1000.0, 800.0
    p = Page(W, H, font=MICRO, background=(252, 252, 248))
    dot, grey = (60, 60, 64), (150, 150, 150)
    for k in range(int(H // 60)):
        if k % 2:
            p.rect(40, k * 60, W - 80, 60, None, (234, 244, 234), 0)
    for x in (0.0, W - 40):
        p.items.append(Line(x + (40 if x == 0 else 0), 0, x + (40 if x == 0 else 0), H, 0.5,
                            (190, 190, 190)))
        for k in range(int(H // 25)):
            p.items.append(Ellipse(x + 14, 6 + k * 25, 12, 12, (205, 205, 205)))
    for yy in (14.0, H - 14):
        for k in range(0, int(W), 14):
            p.items.append(Line(k, yy, k + 6, yy, 0.6, grey))
    x0, x1 = 70.0, W - 70
    sysname = ("人事工资管理系统 V6.2", "事业单位人事信息管理系统", "金蝶人事管理 K/3")[h % 3]
    op = other_people(f"zslx:{unit}", 3)
    pt = f"{fill_date[:4]}.{fill_date[5:7]}.{fill_date[8:10]} {9 + h % 7:02d}:{h % 60:02d}"
    p.text(x0, 44, f"系统：{sysname}", 10, color=dot, line=False)
    p.text(x1, 44, f"打印时间：{pt}　操作员：{op[0][0]}", 10, "right", dot, line=False)
    p.text(W / 2, 80, "专业技术职务聘任人员名单", 17, "center", dot, font=HEI)
    for i, t in enumerate((f"单位名称：{unit}", f"统一社会信用代码：{credit_code}",
                           f"主管部门：{department}")):
        fs = 11.0
        while text_width(t, fs, MICRO) > (x1 - x0) / 2 + 100:
            fs -= 0.25
        p.text(x0, 112 + i * 20, t, fs, color=dot)
    cols = [50, 90, 200, 0, 110, 110]
    cols[3] = x1 - x0 - sum(cols)
    xs = [x0]
    for w in cols:
        xs.append(xs[-1] + w)
    heads = ["序号", "姓名", "身份证号", "聘任职务", "岗位等级", "聘任起始"]
    def dash(yy):
        for k in range(int(x0), int(x1), 7):
            p.items.append(Line(k, yy, k + 4, yy, 0.7, dot))

    y0 = 180.0
    dash(y0)
    for c, hd in enumerate(heads):
        p.items.append(Text(xs[c] + 4, y0 + 20, hd, 11, "left", dot, MICRO))
    p.lines.append(" ".join(heads))
    dash(y0 + 30)
    n = len(rows)
    rh = min(26.0, 380.0 / max(n, 1))
    for i, r in enumerate(rows, 1):
        ao = ym(r["appointed_on"])
        cells = [f"{i:>3}", r["name"], r["id_number"], r["title"], _grade(r["title"]),
                 f"{ao[:4]}.{ao[5:7]}"]
        cy = y0 + 34 + i * rh
        for c, val in enumerate(cells):
            fs = 11.0
            while text_width(val, fs, MICRO) > cols[c] - 8:
                fs -= 0.25
            p.items.append(Text(xs[c] + 4, cy, val, fs, "left", dot, MICRO))
        p.lines.append(" ".join(cells))
    fy = y0 + 34 + n * rh + 18
    dash(fy)
    p.text(x0, fy + 22, f"合计：{n} 人", 11, color=dot, line=False)
    p.text(x0, fy + 60, f"经办人：{op[1][0]}　　　负责人：{op[2][0]}", 11, color=dot,
           line=False)
    rx = x1 - 20
    fsz = 12.0
    while text_width(unit, fsz, MICRO) > 300:
        fsz -= 0.5
    p.text(rx, fy + 60, unit, fsz, "right", dot)
    p.text(rx, fy + 86, cn(fill_date), 12, "right", dot)
    p.seal(rx - min(text_width(unit, fsz, MICRO), 300) / 2, fy + 62, 112, unit,
           seed=seed + 501, **ink(seed + 2))
    p.text(W / 2, H - 26, "第 1 页 / 共 1 页", 9, "center", dot, line=False)
    return Built("appointment_roster", [p], _fields(unit, rows), seal=unit)
