"""A paper's proof printed from a database: its record exported in a tagged format (Refworks,
RIS, EndNote, NoteExpress), an article page's 出处/来源 line, and a standard's number (GB/T
7714-2015, named among the export formats) that has an ISSN's shape but is none."""

from __future__ import annotations

from _docs import make_doc

from extractors import paper
from pipeline.model import BBox, Page, ReadDocument, Word


def values(doc):
    return {f.name: f.value for f in paper.extract(doc).fields}


def _rows(rows, *, file="导出.pdf"):
    """A web page printed to PDF: each row a list of (x, text) cells, set wide apart."""
    words = []
    for i, cells in enumerate(rows):
        y = 40.0 + 22.0 * i
        for x, text in cells:
            words.append(Word(text, BBox(x, y, x + 10.0 * len(text), y + 10.0), 1.0, size=10.0))
    return ReadDocument(file, str(hash(repr(rows))), (Page(1, 595.0, 842.0, tuple(words),
                                                          "text_layer"),))


def test_a_printed_refworks_export_reads_its_tags_not_the_pages_menus():
    # the database's export page: a menu of formats on the left (one names GB/T 7714-2015),
    # a toolbar above, the record with its tags in a column and the values in the next
    doc = _rows([
        [(40, "2023/11/2 09:41"), (300, "文献导出 - 某数据库")],
        [(40, "导出格式"), (200, "复制"), (260, "打印"), (320, "导出"), (380, "排序:被引↓")],
        [(40, "GB/T 7714-2015 格式引文")],
        [(40, "CAJ-CD 格式引文"), (200, "RT"), (240, "Journal Article")],
        [(200, "A1"), (240, "郑晓东;覃丽华;")],
        [(40, "Refworks"), (200, "T1"), (240, "喀斯特地区隧道涌水处治技术研究")],
        [(40, "EndNote"), (200, "JF"), (240, "公路交通科技")],
        [(200, "YR"), (240, "2019")],
        [(40, "NoteExpress"), (200, "IS"), (240, "06")],
        [(200, "SN"), (240, "1002-0268")],
        [(200, "CN"), (240, "11-2279/U")],
        [(200, "DS"), (240, "CNKI")],
    ])
    assert values(doc) == {
        "title": "喀斯特地区隧道涌水处治技术研究", "journal": "公路交通科技", "year": "2019",
        "issue": "6", "issn": "1002-0268", "cn": "11-2279/U", "authors": "郑晓东|覃丽华"}


def test_an_ris_record_reads_one_author_a_line():
    doc = make_doc([
        "TY  - JOUR",
        "AU  - 韦丽娟",
        "AU  - 黄志成",
        "TI  - 城市污水处理厂提标改造工艺比选",
        "JO  - 给水排水",
        "PY  - 2020",
        "IS  - 9",
        "SN  - 1002-8471",
        "ER  - ",
    ], ocr=False)
    got = values(doc)
    assert got["title"] == "城市污水处理厂提标改造工艺比选"
    assert got["journal"] == "给水排水" and got["year"] == "2020" and got["issue"] == "9"
    assert got["issn"] == "1002-8471" and got["authors"] == "韦丽娟|黄志成"


def test_an_endnote_record_reads_its_percent_tags():
    doc = make_doc([
        "%0 Journal Article",
        "%A 蒋文斌",
        "%T 既有住宅加装电梯结构安全评估方法",
        "%J 建筑结构",
        "%D 2018",
        "%N 14",
        "%@ 1002-848X",
    ], ocr=False)
    got = values(doc)
    assert got["title"] == "既有住宅加装电梯结构安全评估方法" and got["journal"] == "建筑结构"
    assert got["year"] == "2018" and got["issue"] == "14" and got["issn"] == "1002-848X"
    assert got["authors"] == "蒋文斌"


def test_a_page_without_a_records_type_tag_is_no_tagged_record():
    # an article whose lines open with two capitals (a heading "IS 系统", "T1 期")
    # is read as an article: no record type tag (RT, TY, %0 …)
    doc = make_doc([
        "电力建设 2017年第8期 ISSN 1000-7229",
        "配电网无功补偿优化配置研究",
        "刘海峰，周敏",
        "摘要：针对配电网无功补偿问题……",
        "T1 时段负荷数据",
        "IS 12",
    ])
    got = values(doc)
    assert got["title"] == "配电网无功补偿优化配置研究" and got["issue"] == "8"


def test_a_standards_number_is_never_the_issn():
    doc = make_doc([
        "《桂林理工大学学报》2016年第2期",
        "岩溶区桩基础承载力试验研究",
        "陆建新",
        "摘要：……参考文献按 GB/T 7714-2015 著录。",
    ])
    assert "issn" not in values(doc)
    labelled = make_doc([
        "《桂林理工大学学报》2016年第2期 ISSN 1674-9057",
        "岩溶区桩基础承载力试验研究",
        "陆建新",
        "摘要：按 GB/T 7714-2015 著录。",
    ])
    assert values(labelled)["issn"] == "1674-9057"


def test_a_database_pages_source_line_below_the_abstract_gives_journal_year_and_issue():
    doc = make_doc([
        "14:02 5G 61%",
        "文章详情",
        "高寒地区沥青路面低温开裂机理分析",
        "包晓明   乌兰",
        "机构：内蒙古交通设计研究院，呼和浩特 010010",
        "摘要",
        "本文分析了高寒地区沥青路面低温开裂的成因。",
        "出处 《公路》2017年第11期 45-49页，共5页",
        "分类号 U416",
    ])
    got = values(doc)
    assert got["journal"] == "公路" and got["year"] == "2017" and got["issue"] == "11"


def test_a_source_line_in_the_citation_form_volume_and_issue():
    doc = make_doc([
        "输电线路覆冰监测系统的设计",
        "冯涛",
        "摘要：设计了一种输电线路覆冰监测系统。",
        "来源：电网技术 . 2015 , 39 (4)",
    ])
    got = values(doc)
    assert got["journal"] == "电网技术" and got["year"] == "2015" and got["issue"] == "4"


def test_source_lines_of_several_papers_are_not_read():
    # a list of similar papers, each with its own 来源: which one is this paper's is not said
    doc = make_doc([
        "输电线路覆冰监测系统的设计",
        "冯涛",
        "摘要：设计了一种输电线路覆冰监测系统。",
        "来源：电网技术 2015年第4期",
        "来源：高电压技术 2016年第2期",
    ])
    got = values(doc)
    assert "year" not in got and "issue" not in got and "journal" not in got
    # a 来源 naming a site, no issue, is no source line
    news = make_doc([
        "输电线路覆冰监测系统的设计",
        "冯涛",
        "摘要：设计了一种输电线路覆冰监测系统。",
        "来源：某某新闻网 2021年",
    ])
    assert "issue" not in values(news)
