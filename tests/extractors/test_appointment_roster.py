from __future__ import annotations

from _docs import make_doc, table_doc

from extractors import appointment_roster as roster

HEADER = ["序号", "姓名", "性别", "身份证号", "现聘职务", "聘任时间"]
ROWS = [
    ["1", "张伟", "男", "450202199003121234", "助理工程师", "2019.01"],
    ["2", "李强", "男", "45020219880506123X", "工程师", "2020.03"],
]
ABOVE = [
    "柳州某某科技有限公司专业技术人员聘任花名册",
    "单位名称（盖章）：柳州某某科技有限公司  统一社会信用代码：91450200MA5KXXXXXX",
]
EXPECTED = [
    {
        "name": "张伟",
        "id_number": "450202199003121234",
        "title": "助理工程师",
        "appointed_on": "2019-01",
    },
    {
        "name": "李强",
        "id_number": "45020219880506123X",
        "title": "工程师",
        "appointed_on": "2020-03",
    },
]


def rows(ex):
    return [{f.name: f.value for f in row} for row in ex.rows]


def test_born_digital_table():
    ex = roster.extract(
        table_doc(
            HEADER,
            ROWS,
            above=ABOVE,
            below=["填表人：人事科"],
            ocr=False,
            col_x=[40, 90, 150, 200, 380, 500],
        )
    )
    assert ex.value("unit") == "柳州某某科技有限公司"
    assert rows(ex) == EXPECTED
    assert ex.rows[0][1].evidence.source == "text_layer"


def test_scanned_table_with_jitter_spaced_header_and_wrapped_cell():
    header = ["序 号", "姓  名", "性别", "公民身份号码", "专业技术资格", "聘任职务", "聘任时间"]
    data = [
        ["1", "张 伟", "男", "450202199003121234", "助理工程师", "助理工程师", "2019.01"],
        ["2", "欧阳晓明", "女", "450202198805061228", "高级工程师", "高级\n工程师", "2020. 3"],
    ]
    ex = roster.extract(
        table_doc(header, data, above=ABOVE, jitter=3, col_x=[40, 80, 140, 180, 340, 440, 540])
    )
    assert rows(ex) == [
        {
            "name": "张伟",
            "id_number": "450202199003121234",
            "title": "助理工程师",
            "appointed_on": "2019-01",
        },
        {
            "name": "欧阳晓明",
            "id_number": "450202198805061228",
            "title": "高级工程师",
            "appointed_on": "2020-03",
        },
    ]
    cell = ex.rows[1][2]
    assert cell.evidence.bbox.bottom - cell.evidence.bbox.top > 20  # both lines of the cell


def test_rows_read_as_one_box_each():
    doc = make_doc(
        [
            *ABOVE,
            " ".join(HEADER),
            *(" ".join(r) for r in ROWS),
            "填表人：人事科 审核人：单位负责人",
        ]
    )
    ex = roster.extract(doc)
    assert ex.value("unit") == "柳州某某科技有限公司"
    assert rows(ex) == EXPECTED


def test_header_repeated_on_second_page_and_missing_on_third():
    page1 = [*ABOVE, " ".join(HEADER), " ".join(ROWS[0])]
    page2 = [" ".join(HEADER), " ".join(ROWS[1])]
    ex = roster.extract(make_doc(page1, page2))
    assert rows(ex) == EXPECTED
    assert ex.rows[1][0].evidence.page_no == 2


def test_system_printout_with_start_date_column_reads_the_month():
    # an HR system's listing: 聘用职务 / 聘用起始日期 headers, each date in full
    header = ["序号", "姓名", "身份证号码", "岗位等级", "聘用职务", "聘用起始日期"]
    lines = [["1", "张伟", "450202199003121234", "专技十二级", "助理工程师", "2019-01-01"],
             ["2", "李强", "45020219880506123X", "专技九级", "工程师", "2020-03-01"]]
    ex = roster.extract(table_doc(header, lines, above=["单位名称:某某市某某研究院"], ocr=False,
                                  col_x=[30, 60, 100, 230, 310, 390]))
    assert rows(ex) == EXPECTED


def test_list_grouped_by_title_headings():
    # no title column: each title heads its group of rows (一、工程师（1人）)
    header = ["序号", "姓名", "身份证号码", "聘任起始日期"]
    lines = [["一、助理工程师（1人）"],
             ["1", "张伟", "450202199003121234", "2019.01.01"],
             ["二、工程师（1人）"],
             ["2", "李强", "45020219880506123X", "2020.03.01"]]
    ex = roster.extract(table_doc(header, lines, above=["单位名称:某某市某某研究院"], ocr=False,
                                  col_x=[40, 90, 150, 330]))
    assert rows(ex) == EXPECTED


def test_handwritten_ledger_correction_and_seal_under_the_table():
    """A handwritten ledger: a date struck out and rewritten beside it with the clerk's initial
    (2019.3 2018.3 王) reads as the correction; the unit's seal and date under the last row
    (单位（盖章） / 2024.5.11) end the table, and that date is no row's."""
    header = ["序号", "姓名", "性别", "身份证号码", "聘任职务", "聘任时间", "备注"]
    data = [["1", "张伟", "男", "450202199003121234", "工程师", "2019.3 2018.3 王", "王某"],
            ["2", "李强", "男", "45020219880506123X", "助理工程师", "2016.4", "王某"]]
    ex = roster.extract(table_doc(header, data, above=["单位：柳州某某设计研究院"],
                                  below=["单位（盖章）", "2024.5.11"], ocr=False,
                                  col_x=[40, 80, 130, 160, 330, 400, 520]))
    assert [r["appointed_on"] for r in rows(ex)] == ["2018-03", "2016-04"]


def test_two_dates_without_a_correction_mark_read_as_a_term():
    """Two dates in a cell with nothing initialling the second are a term (its dash lost), not a
    correction: the appointment is the term's start."""
    header = ["序号", "姓名", "性别", "身份证号码", "聘任职务", "聘任时间", "备注"]
    data = [["1", "张伟", "男", "450202199003121234", "工程师", "2016.4 2019.3", ""]]
    ex = roster.extract(table_doc(header, data, above=["单位：柳州某某设计研究院"], ocr=False,
                                  col_x=[40, 90, 150, 200, 380, 500, 620]))
    assert rows(ex)[0]["appointed_on"] == "2016-04"


# A list exported from a hospital's HR system: no title, no unit label; each row names its unit,
# one column is named as a database field no list of column names knows (标识), and the
# columns leave the page's middle free (a wide landscape table, not two facing pages).
_EXPORT_HEADER = ["人员编码", "姓名", "身份证件号码", "工作单位", "现聘职务", "聘用日期", "标识"]
_EXPORT_X = [30.0, 110.0, 170.0, 300.0, 520.0, 640.0, 760.0]


def _export(units: list[str]) -> list[list[str]]:
    people = [("0031", "罗晓梅", "452701198811230426", "主治医师", "2020-07"),
              ("0032", "覃志刚", "45270119850304121X", "主管护师", "2017-10"),
              ("0033", "韦海燕", "452701199102286523", "药师", "2016-12")]
    return [[code, name, ident, unit, title, on, "Y"]
            for (code, name, ident, title, on), unit in zip(people, units, strict=True)]


def test_an_exported_list_names_its_unit_in_its_unit_column():
    unit = "河池市第二人民医院"
    doc = table_doc(_EXPORT_HEADER, _export([unit] * 3), col_x=_EXPORT_X, ocr=False,
                    above=["导出日期：2023-11-02 经办人：人事处"])
    ex = roster.extract(doc)
    assert {f.name: f.value for f in ex.fields} == {"unit": unit}
    assert rows(ex)[1] == {"name": "覃志刚", "id_number": "45270119850304121X",
                           "title": "主管护师", "appointed_on": "2017-10"}
    assert len(ex.rows) == 3


def test_a_list_across_units_has_no_one_unit():
    doc = table_doc(_EXPORT_HEADER,
                    _export(["河池市第二人民医院", "河池市妇幼保健院", "河池市第二人民医院"]),
                    col_x=_EXPORT_X, ocr=False)
    assert roster.extract(doc).fields == ()


def test_a_table_of_many_people_with_a_title_column_is_a_roster():
    """Rows of people under 姓名 and a title column are a roster, not one person's
    certificate, even with no 花名册 title above them."""
    from extractors import classify
    from pipeline.model import DocumentKind

    doc = table_doc(_EXPORT_HEADER, _export(["河池市第二人民医院"] * 3), col_x=_EXPORT_X,
                    ocr=False)
    assert classify(doc)[0] is DocumentKind.APPOINTMENT_ROSTER


def test_a_title_naming_the_unit_then_its_list_gives_the_unit():
    """A roster headed only by its title (某某县人民医院2019年度专业技术人员聘任名单, no
    单位名称 label) names its unit at the title's head, up to the organisation's word."""
    for title, unit in (("融安县人民医院2019年度专业技术人员聘任名单", "融安县人民医院"),
                        ("鹿寨县水利局水文站职称聘用人员一览表", "鹿寨县水利局水文站")):
        ex = roster.extract(table_doc(HEADER, ROWS, above=["附件2", title]))
        assert {f.name: f.value for f in ex.fields}.get("unit") == unit, title


def test_a_title_naming_no_unit_leaves_the_unit_unread():
    """A title that is only the list's name (专业技术职务聘任人员名单) names no unit."""
    ex = roster.extract(table_doc(HEADER, ROWS, above=["附件", "专业技术职务聘任人员名单"]))
    assert {f.name: f.value for f in ex.fields}.get("unit") is None


def _official(mark, title, addressee):
    return table_doc(HEADER, ROWS, above=[
        mark, "融卫发〔2023〕9号", title, addressee,
        "按照岗位设置管理的有关规定，现将我院在聘专业技术人员情况报告如下："],
        below=["融安县人民医院", "2023年3月2日"])


def _unit_of(doc):
    return {f.name: f.value for f in roster.extract(doc).fields}.get("unit")


def test_a_roster_in_the_units_own_request_is_the_issuers_not_the_addressees():
    """A unit sends its list of appointed staff up in an official document of its own (关于
    …的请示 / 报告 under its mark 某某医院文件) addressed to the body above it (某某局：):
    the unit is the issuer, never the addressee."""
    for title in ("关于专业技术岗位聘用人员备案的请示", "关于2022年度专业技术人员聘用情况的报告"):
        doc = _official("融安县人民医院文件", title, "融安县卫生健康局：")
        assert _unit_of(doc) == "融安县人民医院", title


def test_a_reply_from_above_is_not_read_as_the_units_own_and_its_addressee_is_no_unit():
    """A reply from the body above (…的批复 under its own mark) is not the unit's document:
    its mark is not read as the roster's unit, nor is the line it is addressed to (who is
    addressed depends on which way the paper goes): the unit is left unread."""
    doc = _official("融安县卫生健康局文件", "关于专业技术岗位聘用人员备案的批复",
                    "融安县人民医院：")
    assert _unit_of(doc) is None


def _glossed_table(title_header):
    """A published list whose title column's header is glossed in brackets, its values set
    under the middle of the whole cell (under the gloss more than under the words glossed)."""
    from pipeline.model import BBox, Page, ReadDocument, Word

    cells = [(40, "序号"), (90, "姓名"), (160, "身份证号码"), (300, title_header),
             (520, "聘任时间")]
    rows = [["1", "覃海燕", "452402198707150626", "主治医师", "2018年07月"],
            ["2", "梁国栋", "450881198311024518", "副主任医师", "2020年01月"]]
    words = [Word("南宁市某某区人民医院专业技术岗位人员聘用情况公开", BBox(40, 20, 640, 34), 0.95)]
    y = 60.0
    for x, text in cells:
        words.append(Word(text, BBox(x, y, x + 12 * len(text), y + 14), 0.95))
    for row in rows:
        y += 26
        xs = [40, 90, 160, 350, 520]
        for x, text in zip(xs, row, strict=True):
            width = 12 * len(text) if not text[0].isdigit() else 7 * len(text)
            words.append(Word(text, BBox(x, y, x + width, y + 14), 0.95))
    page = Page(1, 842.0, 595.0, tuple(words), "text_layer")
    return ReadDocument("roster.pdf", "1" * 64, (page,))


def test_a_header_glossed_in_brackets_is_one_column():
    """聘用岗位（专业技术职务）: the bracketed words gloss the column, they head no column of
    their own; the titles under the cell's middle are the column's."""
    ex = roster.extract(_glossed_table("聘用岗位（专业技术职务）"))
    assert [r["title"] for r in rows(ex)] == ["主治医师", "副主任医师"]
    assert [r["appointed_on"] for r in rows(ex)] == ["2018-07", "2020-01"]


def test_a_gloss_does_not_swallow_the_next_column():
    """Two header cells side by side (聘用岗位 专业技术职务) stay two columns: the post's,
    which holds the appointment, is the title; a space is no gloss."""
    ex = roster.extract(table_doc(
        ["序号", "姓名", "身份证号", "聘用岗位", "专业技术职务", "聘任时间"],
        [["1", "覃海燕", "452402198707150626", "主治医师", "副主任医师", "2018.07"]],
        above=["南宁市某某区人民医院专业技术人员聘任花名册"], ocr=False,
        col_x=[40, 90, 150, 330, 420, 520]))
    assert rows(ex)[0]["title"] == "主治医师"


def test_unit_line_with_the_lists_as_of_date():
    # a meeting's printed roster: 单位：… then the date the list stands at, on one line
    above = ["岗位聘用人员名册", "单位：北海市海城区人民医院    截至2023年9月30日"]
    ex = roster.extract(table_doc(HEADER, ROWS, above=above, ocr=False,
                                  col_x=[40, 90, 150, 200, 380, 500]))
    assert ex.value("unit") == "北海市海城区人民医院"
    assert rows(ex) == EXPECTED


def test_a_roster_with_appointment_columns_and_yearly_ratings_stays_a_roster():
    """A 聘任花名册 that also carries 近三年考核结果 by year names appointments: a roster."""
    import extractors
    from pipeline.model import BBox, Page, ReadDocument, Word
    lines = [[(40, "柳州市某某设计院专业技术人员聘任花名册")],
             [(600, "近三年考核结果")],
             [(40, "序号"), (90, "姓名"), (160, "聘任职务"), (280, "聘任时间")],
             [(560 + 70 * k, f"{2021 + k}年") for k in range(3)],
             [(40, "1"), (90, "韦建国"), (160, "工程师"), (280, "2021.01"),
              (566, "合格"), (636, "合格"), (706, "优秀")],
             [(40, "2"), (90, "陆海燕"), (160, "助理工程师"), (280, "2020.07"),
              (566, "优秀"), (636, "合格"), (706, "合格")]]
    words, y = [], 40.0
    for cells in lines:
        for x, text in cells:
            words.append(Word(text, BBox(x, y, x + 12.0 * len(text), y + 12.0), 0.95, size=12.0))
        y += 24.0
    doc = ReadDocument("花名册.pdf", "x", (Page(1, 842.0, 595.0, tuple(words), "ocr:test 1.0"),))
    assert extractors.classify(doc)[0] is roster.KIND
    assert roster.score(doc) == 1.0
