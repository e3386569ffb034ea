"""One layout builder per document kind.

Each builder takes plain values (dates as "YYYY-MM-DD" / "YYYY-MM" strings) and returns a
:class:`Built`: the pages, the truth fields (normalised, see data/samples/README.md) and the
seal text (None when the document has no seal). Truth lines are read from the pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .layout import A4, A4_LANDSCAPE, DARK, Page, text_width


@dataclass
class Built:
    kind: str
    pages: list
    fields: dict
    seal: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def lines(self) -> list[str]:
        return [line for p in self.pages for line in p.lines]


def cn(d: str | None) -> str:
    """"2019-01-05" -> "2019年1月5日"; "2019-01" -> "2019年1月"; None -> "长期"."""
    if not d:
        return "长期"
    parts = d.split("-")
    out = f"{int(parts[0])}年{int(parts[1])}月"
    if len(parts) > 2:
        out += f"{int(parts[2])}日"
    return out


def dotted(d: str) -> str:
    """"2019-01-05" -> "2019.01"."""
    return d[:7].replace("-", ".")


def ym(d: str | None) -> str | None:
    return d[:7] if d else None


YEARS_CN = {2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八"}
DISCIPLINE = {"土木工程": "工学", "机械设计制造及其自动化": "工学", "电气工程及其自动化": "工学",
              "计算机科学与技术": "工学", "材料科学与工程": "工学", "会计学": "管理学",
              "财务管理": "管理学", "护理学": "理学", "临床医学": "医学", "汉语言文学": "文学",
              "数学与应用数学": "理学", "工程管理": "管理学", "给排水科学与工程": "工学",
              "交通工程": "工学", "车辆工程": "工学", "结构工程": "工学", "机械工程": "工学",
              "英语": "文学", "小学教育": "教育学", "农学": "农学", "道路桥梁与渡河工程": "工学"}


def _frame(page: Page, color, inset=18, inner=26):
    page.rect(inset, inset, page.width - 2 * inset, page.height - 2 * inset, color, None, 3)
    page.rect(inner, inner, page.width - 2 * inner, page.height - 2 * inner, color, None, 0.8)


# --------------------------------------------------------------------------- certificates

def diploma(*, name, gender, birth, school, major, level, start, end, years, number,
            president, issued_on, seed=0) -> Built:
    p = Page(*A4_LANDSCAPE, background=(252, 247, 234))
    _frame(p, (150, 35, 40))
    p.text(421, 70, "普通高等学校", 16, "center", (150, 35, 40))
    p.text(421, 118, "毕 业 证 书", 38, "center", (150, 35, 40))
    p.photo(92, 170, 96, 128)
    study = {"本科": "本科", "专科": "专科", "硕士研究生": "硕士研究生",
             "博士研究生": "博士研究生"}[level]
    body = (f"学生 {name}，性别{gender}，{cn(birth)}生，于{cn(start)}至{cn(end)}在本校"
            f"{major}专业{YEARS_CN.get(years, str(years))}年制{study}学习，"
            f"修完教学计划规定的全部课程，"
            f"成绩合格，准予毕业。")
    y = p.wrapped(228, 192, body, 540, 16, 30, first_indent=32)
    p.text(228, max(y + 40, 420), f"校    名：{school}", 15)
    p.text(228, max(y + 72, 452), f"校（院）长：{president}", 15)
    p.text(560, 500, cn(issued_on), 15)
    p.text(92, 540, f"证书编号：{number}", 13)
    p.seal(330, 428, 104, school, seed=seed)
    fields = {"name": name, "gender": gender, "birth_date": birth, "school": school,
              "major": major, "level": level, "start": ym(start), "end": ym(end),
              "diploma_number": number}
    return Built("diploma", [p], fields, seal=school)


def degree(*, name, gender, birth, school, major, degree, level_word, number, award_date,
           chair, seed=0) -> Built:
    p = Page(*A4_LANDSCAPE, background=(240, 246, 252))
    _frame(p, (30, 70, 140))
    title = f"{degree}学位证书"
    p.text(421, 110, "  ".join(title), 34, "center", (30, 70, 140))
    p.photo(92, 160, 96, 128)
    disc = DISCIPLINE.get(major, "工学")
    body = (f"{name}，{gender}，{cn(birth)}生。在{school}{major}专业完成了{level_word}学习计划，"
            f"业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予{disc}{degree}学位。")
    y = p.wrapped(228, 190, body, 540, 16, 30, first_indent=32)
    p.text(228, max(y + 40, 410), f"{school}", 15)
    p.text(228, max(y + 72, 442), f"学位评定委员会主席  {chair}", 15)
    p.text(560, 500, cn(award_date), 15)
    p.text(92, 540, f"学位证书编号：{number}", 13)
    p.seal(290, 420, 104, school + "学位评定委员会", seed=seed + 1)
    fields = {"name": name, "school": school, "major": major, "degree": degree,
              "degree_number": number, "award_date": award_date}
    return Built("degree", [p], fields, seal=school + "学位评定委员会")


def title_certificate(*, name, gender, birth, id_number, title, level, specialty, obtained_on,
                      number, issuer, committee, issued_on, seed=0) -> Built:
    p = Page(*A4, background=(253, 250, 242))
    _frame(p, (170, 30, 30))
    p.text(297, 110, "专业技术资格证书", 30, "center", (170, 30, 30))
    p.text(297, 140, "中华人民共和国人力资源和社会保障部监制", 10, "center", (120, 80, 60))
    p.photo(420, 180, 90, 120)
    rows = [("姓    名", name), ("性    别", gender), ("出生日期", cn(birth)),
            ("身份证号", id_number), ("专    业", specialty), ("资格名称", title),
            ("级    别", level), ("取得时间", cn(obtained_on)), ("评审机构", committee),
            ("证书编号", number)]
    y = 200
    for label, value in rows:
        p.row([(80, f"{label}：", y), (170, value, y)], 13)
        y += 34
    p.text(297, y + 40, f"发证机关：{issuer}", 13, "center")
    p.text(297, y + 70, f"发证日期：{cn(issued_on)}", 13, "center")
    p.seal(380, y + 50, 112, issuer, bottom="职称专用章", seed=seed + 2)
    fields = {"name": name, "id_number": id_number, "title": title, "level": level,
              "obtained_on": obtained_on, "certificate_number": number}
    return Built("title_certificate", [p], fields, seal=issuer)


def id_card(*, name, gender, ethnicity, birth, address, id_number) -> Built:
    p = Page(243.0, 153.0, background=(226, 238, 240))
    p.rect(6, 6, 231, 141, (190, 210, 215), None, 0.5)
    y, m, d = birth.split("-")
    p.row([(14, "姓  名", 26), (52, name, 26)], 8.5)
    p.row([(14, "性  别", 44), (52, gender, 44), (86, "民  族", 44), (120, ethnicity, 44)], 8.5)
    p.row([(14, "出  生", 62), (52, f"{int(y)} 年 {int(m)} 月 {int(d)} 日", 62)], 8.5)
    addr = address
    p.row([(14, "住  址", 80), (52, addr[:13], 80)], 8.5)
    if len(addr) > 13:
        p.text(52, 93, addr[13:], 8.5)
    p.row([(14, "公民身份号码", 130), (80, id_number, 130)], 9)
    p.photo(168, 18, 62, 80, bg=(226, 238, 240))
    fields = {"name": name, "id_number": id_number, "gender": gender, "birth_date": birth}
    return Built("id_card", [p], fields)


# --------------------------------------------------------------------------- employment

def appointment_letter(*, name, title, start, end, unit, issued_on, doc_no="", seal=True,
                       seed=0) -> Built:
    p = Page(*A4, background=(255, 252, 248))
    _frame(p, (180, 25, 30), 22, 30)
    p.text(297, 150, "聘    书", 42, "center", (180, 25, 30))
    if doc_no:
        p.text(297, 190, doc_no, 12, "center")
    body = (f"兹聘任 {name} 同志为 {title}（职务），聘期自 {cn(start)} 至 {cn(end)}。")
    y = p.wrapped(90, 270, body, 420, 18, 36, first_indent=36)
    p.text(126, y + 10, "特发此聘书。", 18)
    p.text(500, y + 130, unit, 16, "right")
    p.text(500, y + 166, cn(issued_on), 16, "right")
    uw = text_width(unit, 16)
    if seal:
        p.seal(500 - uw / 2, y + 140, 120, unit, seed=seed + 3)
    fields = {"name": name, "title": title, "start": ym(start), "end": ym(end),
              "issued_on": issued_on, "unit": unit}
    return Built("appointment_letter", [p], fields, seal=unit if seal else None)


def contract(*, name, id_number, unit, credit_code, legal_rep, address, start, end, post,
             signed_on, public=False, seal=True, seed=0) -> Built:
    p = Page(*A4)
    title = "事业单位聘用合同书" if public else "劳动合同书"
    p.text(297, 90, title, 26, "center")
    role_a = "甲方（聘用单位）" if public else "甲方（用人单位）"
    role_b = "乙方（受聘人员）" if public else "乙方（劳动者）"
    y = 150
    for line in (f"{role_a}：{unit}", f"统一社会信用代码：{credit_code}",
                 f"法定代表人：{legal_rep}", f"住所：{address}", "",
                 f"{role_b}：{name}", f"身份证号：{id_number}", ""):
        if line:
            p.text(70, y, line, 12.5)
        y += 24
    term = (f"本合同为固定期限合同，期限自{cn(start)}起至{cn(end)}止。" if end else
            f"本合同为无固定期限合同，自{cn(start)}起履行。")
    clauses = [
        "根据《中华人民共和国劳动合同法》及有关规定，甲乙双方遵循合法、公平、平等自愿、"
        "协商一致、诚实信用的原则，签订本合同。",
        "第一条 合同期限",
        f"合同期限：{term}",
        "第二条 工作内容和工作地点",
        f"乙方同意根据甲方工作需要，在{post}岗位从事专业技术工作，工作地点为广西柳州市。",
        "第三条 工作时间和休息休假",
        "甲方安排乙方执行标准工时制度，每日工作八小时，每周工作四十小时。",
        "第四条 劳动报酬",
        "甲方按月以货币形式支付乙方工资，工资不低于柳州市最低工资标准。",
        "第五条 社会保险",
        "甲方按国家和自治区规定为乙方办理养老、医疗、失业、工伤、生育保险。",
    ]
    for cl in clauses:
        if cl.startswith("第") and "条" in cl[:4]:
            p.text(70, y, cl, 12.5)
            y += 24
        else:
            y = p.wrapped(70, y, cl, 455, 12.5, 22, first_indent=25) + 2
    y += 30
    p.row([(70, "甲方（盖章）：", y), (320, f"乙方（签字）：{name}", y)], 12.5)
    p.row([(70, f"签订日期：{cn(signed_on)}", y + 40), (320, f"签订日期：{cn(signed_on)}", y + 40)],
          12.5)
    if seal:
        p.seal(175, y - 8, 112, unit, seed=seed + 4)
    fields = {"name": name, "id_number": id_number, "unit": unit, "credit_code": credit_code,
              "start": start, "end": end}
    return Built("contract", [p], fields, seal=unit if seal else None)


def roster(*, unit, credit_code, department, rows, fill_date, seed=0) -> Built:
    """rows: dicts name, gender, id_number, title, appointed_on ("YYYY-MM")."""
    p = Page(*A4_LANDSCAPE)
    p.text(421, 60, f"{unit}专业技术人员聘任花名册", 20, "center")
    p.row([(50, f"单位名称（盖章）：{unit}", 95),
           (470, f"统一社会信用代码：{credit_code}", 95)], 11)
    p.row([(50, f"主管部门：{department}", 118), (470, f"填表日期：{cn(fill_date)}", 118)], 11)
    table = [["序号", "姓名", "性别", "身份证号", "现聘职务", "聘任时间"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r["name"], r["gender"], r["id_number"], r["title"],
                      dotted(r["appointed_on"])])
    y = p.table(50, 135, [50, 90, 50, 210, 180, 160], table, 24, 11)
    p.row([(50, "填表人：" + "人事科", y + 36), (470, "审核人：" + "单位负责人", y + 36)], 11)
    p.row([(470, "单位（盖章）", y + 80), (470, cn(fill_date), y + 110)], 11, line=False)
    p.lines.extend(["单位（盖章）", cn(fill_date)])
    p.seal(510, y + 86, 110, unit, seed=seed + 5)
    fields = {"unit": unit,
              "rows": [{"name": r["name"], "id_number": r["id_number"], "title": r["title"],
                        "appointed_on": ym(r["appointed_on"])} for r in rows]}
    return Built("appointment_roster", [p], fields, seal=unit)


def annual_assessment(*, name, gender, birth, unit, post, year, result, summary, public,
                      seed=0) -> Built:
    p = Page(*A4)
    title = (f"{year}年度事业单位工作人员年度考核登记表" if public
             else f"{year}年度员工年度考核登记表")
    p.text(297, 80, title, 18, "center")
    p.text(70, 112, f"单位：{unit}", 11)
    x0, widths = 60, [80, 110, 60, 60, 80, 85]
    rows = [["姓名", name, "性别", gender, "出生年月", dotted(birth)],
            ["单位", unit, "", "", "", ""],
            ["现任职务", post, "", "", "考核年度", str(year)]]
    y0 = 125
    # custom grid (merged cells): draw outer rows manually
    total = sum(widths)
    rh = 30
    for r in range(len(rows) + 1):
        p.hline(x0, x0 + total, y0 + r * rh, 0.8)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    from .layout import Line, Text
    for r, cells in enumerate(rows):
        base = y0 + r * rh + rh / 2 + 4
        if r == 1:
            cuts = [xs[0], xs[1], xs[6]]
            p.items.append(Text(xs[0] + 40, base, cells[0], 11, "center"))
            p.items.append(Text(xs[1] + 8, base, cells[1], 10.5))
        elif r == 2:
            cuts = [xs[0], xs[1], xs[4], xs[5], xs[6]]
            p.items.append(Text(xs[0] + 40, base, cells[0], 11, "center"))
            p.items.append(Text(xs[1] + 8, base, cells[1], 10.5))
            p.items.append(Text(xs[4] + 40, base, cells[4], 11, "center"))
            p.items.append(Text(xs[5] + 42, base, cells[5], 11, "center"))
        else:
            cuts = xs
            for c, cell in enumerate(cells):
                p.items.append(Text(xs[c] + widths[c] / 2, base, cell, 11, "center"))
        for x in cuts:
            p.items.append(Line(x, y0 + r * rh, x, y0 + (r + 1) * rh, 0.8))
        p.lines.append(" ".join(c for c in cells if c))
    y = y0 + len(rows) * rh
    box_top = y
    p.text(70, y + 24, "个人总结：", 11.5)
    y += 48
    for s in summary:
        y = p.wrapped(80, y, s, 420, 11, 20, first_indent=22)
    y += 10
    p.text(70, y + 10, "主管领导评语：", 11.5)
    y = p.wrapped(80, y + 34, "该同志工作认真负责，业务能力较强，较好地完成了本年度各项工作任务。",
                  420, 11, 20, first_indent=22)
    y += 10
    p.text(70, y + 12, f"考核结果：{result}", 13)
    p.text(330, y + 60, "单位（盖章）", 11.5)
    p.text(330, y + 90, cn(f"{year + 1}-01-{10 + seed % 15:02d}"), 11.5)
    p.rect(x0, box_top, total, y + 110 - box_top, DARK, None, 0.8)
    p.seal(380, y + 66, 100, unit, seed=seed + 6)
    fields = {"name": name, "year": year, "result": result, "unit": unit}
    return Built("annual_assessment", [p], fields, seal=unit)


def commission_letter(*, name, id_number, unit, series, level, to_whom, issued_on, doc_no,
                      seed=0) -> Built:
    p = Page(*A4)
    p.text(297, 100, "委  托  函", 26, "center")
    p.text(297, 135, doc_no, 12, "center")
    p.text(70, 185, f"{to_whom}：", 14)
    body = (f"我单位{name}同志（身份证号：{id_number}）为本单位在职专业技术人员，"
            f"符合{series}系列{level}职称申报条件。因本系统暂未组建相应评审委员会，"
            f"根据有关规定，现委托贵单位对该同志进行{series}系列{level}职称评审，"
            "评审结果由我单位按规定确认。")
    y = p.wrapped(70, 220, body, 455, 14, 28, first_indent=28)
    p.text(98, y + 10, "特此函告。", 14)
    p.text(520, y + 100, unit, 14, "right")
    p.text(520, y + 134, cn(issued_on), 14, "right")
    p.seal(520 - text_width(unit, 14) / 2, y + 110, 118, unit, seed=seed + 7)
    fields = {"name": name, "unit": unit, "issued_on": issued_on}
    return Built("commission_letter", [p], fields, seal=unit)


def continuing_education(*, name, id_number, year, hours, issuer, issued_on, seed=0) -> Built:
    p = Page(*A4)
    p.text(297, 110, "专业技术人员继续教育学时证明", 22, "center")
    body = (f"{name}同志（身份证号：{id_number}）于{year}年度参加专业技术人员继续教育，"
            f"完成公需科目和专业科目学习共计{hours}学时，考核合格。")
    y = p.wrapped(70, 180, body, 455, 14, 28, first_indent=28)
    p.text(98, y + 10, "特此证明。", 14)
    p.text(520, y + 100, issuer, 14, "right")
    p.text(520, y + 134, cn(issued_on), 14, "right")
    p.seal(520 - text_width(issuer, 14) / 2, y + 110, 118, issuer, seed=seed + 8)
    return Built("continuing_education", [p], {"name": name, "year": year, "hours": hours},
                 seal=issuer)


# --------------------------------------------------------------------------- papers

def paper(*, journal, year, issue, issn, cn_number, title, authors, affiliation, abstract,
          keywords, clc, body, english=False, volume=None) -> Built:
    p = Page(*A4)
    if english:
        header = f"{journal}  Vol. {volume}, No. {issue}, {year}  ISSN {issn}"
    else:
        header = f"{journal}  {year}年第{issue}期"
        header += f"  ISSN {issn}" if issn else ""
        header += f"  CN {cn_number}" if cn_number else ""
    p.text(60, 50, header, 9.5)
    p.hline(60, 535, 58, 0.6)
    y = 110
    for part in _split_title(title, 19):
        p.text(297, y, part, 19, "center")
        y += 30
    p.text(297, y + 4, ("，" if not english else ", ").join(authors), 13, "center")
    p.text(297, y + 28, affiliation, 10, "center")
    y += 64
    label = "Abstract: " if english else "摘要："
    y = p.wrapped(60, y, label + abstract, 475, 10.5, 18)
    y = p.wrapped(60, y + 4, ("Keywords: " if english else "关键词：") + keywords, 475, 10.5, 18)
    if not english:
        p.text(60, y + 4, f"中图分类号：{clc}    文献标识码：A", 10.5)
        y += 22
    p.hline(60, 535, y + 6, 0.4)
    y += 32
    for para in body:
        y = p.wrapped(60, y, para, 475, 11, 19, first_indent=22) + 4
    fields = {"title": title, "journal": journal, "year": year,
              # as extractors give it: "08" -> "8"
              "issue": str(int(issue)) if str(issue).isdigit() else str(issue),
              "issn": issn, "cn": cn_number, "authors": "|".join(authors)}
    return Built("paper", [p], fields)


def _split_title(title: str, size: float) -> list[str]:
    if text_width(title, size) <= 470:
        return [title]
    mid = len(title) // 2
    return [title[:mid], title[mid:]]
