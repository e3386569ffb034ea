from __future__ import annotations

from _docs import make_doc, table_doc

from extractors import paper
from pipeline.model import BBox, Page, ReadDocument, Word


def values(doc):
    return {f.name: f.value for f in paper.extract(doc).fields}


def test_chinese_header_title_and_authors():
    doc = make_doc(
        [
            "建筑技术 2022年第3期  ISSN 1000-4726  CN 11-2115/TU",
            "软土地基处理技术研究",
            "张伟1，李强2",
            "（1. 重庆大学 土木工程学院，重庆 400044；2. 柳州某某科技有限公司）",
            "摘要：本文研究了软土地基处理技术。",
            "关键词：软土；地基",
        ]
    )
    assert values(doc) == {
        "title": "软土地基处理技术研究",
        "journal": "建筑技术",
        "year": "2022",
        "issue": "3",
        "issn": "1000-4726",
        "cn": "11-2115/TU",
        "authors": "张伟|李强",
    }


def test_title_over_two_lines_by_font_size():
    doc = make_doc(
        [
            "《公路交通科技》 第39卷 第3期 2022年3月",
            "ISSN 1002-0268 CN 11-2279/U",
            "软土地基处理技术在高速公路工程",
            "施工中的应用研究",
            "张 伟  李 强*",
            "摘要：……",
        ],
        sizes={2: 20.0, 3: 20.0},
        ocr=False,
    )
    got = values(doc)
    assert got["title"] == "软土地基处理技术在高速公路工程施工中的应用研究"
    assert got["journal"] == "公路交通科技" and got["issue"] == "3" and got["year"] == "2022"
    assert got["issn"] == "1002-0268" and got["cn"] == "11-2279/U"


def test_title_over_two_lines_without_sizes():
    doc = make_doc(
        [
            "建筑技术 2022年第03期 ISSN 1000-4726 CN 11-2115/TU",
            "软土地基处理技术在高速公路",
            "工程施工中的应用研究",
            "张伟，李强",
            "摘要：……",
        ]
    )
    got = values(doc)
    assert got["title"] == "软土地基处理技术在高速公路工程施工中的应用研究" and got["issue"] == "3"
    assert got["authors"] == "张伟|李强"


def test_english_journal():
    doc = make_doc(
        [
            "International Journal of Engineering Research  Vol. 10, No. 4, 2021  ISSN 2319-8753",
            "Research on Soft Soil Foundation Treatment",
            "Zhang Wei, Li Qiang",
            "Chongqing University, China",
            "Abstract: This paper studies.",
        ]
    )
    assert values(doc) == {
        "title": "Research on Soft Soil Foundation Treatment",
        "journal": "International Journal of Engineering Research",
        "year": "2021",
        "issue": "4",
        "issn": "2319-8753",
        "authors": "Zhang Wei|Li Qiang",
    }


def test_full_width_identifiers():
    got = values(
        make_doc(
            [
                "建筑技术　２０２２年第３期",
                "ＩＳＳＮ：１０００－４７２６　ＣＮ：１１－２１１５／ＴＵ",
                "某某研究",
                "张伟",
                "摘要：…",
            ]
        )
    )
    assert (got["issn"], got["cn"], got["year"], got["issue"]) == (
        "1000-4726",
        "11-2115/TU",
        "2022",
        "3",
    )


def test_acceptance_letter_reads_salutation_and_quoted_title():
    """A journal's 录用通知: authors in the salutation, the title quoted, the issue announced;
    the letter's heading is not the title."""
    doc = make_doc(
        [
            "《公路交通科技》编辑部",
            "ISSN 1002-0268  CN 11-2279/U",
            "用 稿 通 知 书",
            "王建国老师、陈丽：",
            "您的论文《软土地基处理技术在高速公路工程",
            "施工中的应用研究》经审稿，决定录用，拟于2023年第7期刊出。",
            "特此通知。",
            "《公路交通科技》编辑部",
        ],
        ocr=False,
    )
    assert values(doc) == {
        "title": "软土地基处理技术在高速公路工程施工中的应用研究",
        "journal": "公路交通科技",
        "year": "2023",
        "issue": "7",
        "issn": "1002-0268",
        "cn": "11-2279/U",
        "authors": "王建国|陈丽",
    }


def test_letter_without_salutation_leaves_authors_and_title_unread():
    """On a letter about a paper, only the salutation names authors and only a quote gives the
    title: a signatory's name or the heading is never read as either."""
    doc = make_doc(
        [
            "建筑技术杂志社",
            "录用通知",
            "经专家评审，来稿决定录用，拟于2023年第5期刊出。",
            "主编 李强",
            "张伟 王芳",
        ],
        ocr=False,
    )
    got = values(doc)
    assert "authors" not in got and "title" not in got
    assert got["year"] == "2023" and got["issue"] == "5"


def test_retrieval_certificate_reads_the_bracketed_record():
    """A library's 收录检索证明 quotes the paper as a database record, labels in brackets; a long
    title wraps onto the next line; 检索人 and the heading are neither author nor title."""
    doc = make_doc(
        [
            "某某大学图书馆",
            "论文收录引用检索报告",
            "委托人 张伟",
            "1.【题名】基于BIM技术的装配式建筑施工进度",
            "管理研究",
            "【作者】张伟;李强;王芳",
            "【刊名】建筑经济",
            "【年，卷（期）】2022，43（5）",
            "【ISSN】1002-851X",
            "【CN】11-1145/F",
            "检索人：赵敏  审核人：钱进",
        ],
        ocr=False,
    )
    assert values(doc) == {
        "title": "基于BIM技术的装配式建筑施工进度管理研究",
        "journal": "建筑经济",
        "year": "2022",
        "issue": "5",
        "issn": "1002-851X",
        "cn": "11-1145/F",
        "authors": "张伟|李强|王芳",
    }


def test_labelled_journal_cut_before_its_year():
    doc = make_doc(["题名：软土地基处理技术研究", "作者：张伟", "文献来源：建筑技术，2022，(3)"])
    got = values(doc)
    assert got["journal"] == "建筑技术" and got["title"] == "软土地基处理技术研究"


def test_labelled_journal_keeps_its_edition_in_brackets():
    doc = make_doc(["论文题目：软土地基处理技术研究",
                    "发表期刊：《公路交通科技（应用技术版）》2022年第3期"])
    assert values(doc)["journal"] == "公路交通科技(应用技术版)"  # the index folds brackets


def test_a_letter_to_one_addressee_does_not_say_who_wrote_the_paper():
    """Journals write to the corresponding author: one name in the salutation is not the
    author list, so a co-author applicant is never read as absent from it."""
    doc = make_doc(
        [
            "《公路交通科技》编辑部",
            "录用通知",
            "王建国老师：",
            "您的论文《软土地基处理技术在高速公路工程施工中的应用研究》经审稿，决定录用。",
        ],
        ocr=False,
    )
    got = values(doc)
    assert "authors" not in got
    assert got["title"] == "软土地基处理技术在高速公路工程施工中的应用研究"


def test_a_platform_cover_sheet_does_not_lend_the_paper_its_serial_numbers():
    """An online-first print opens with the platform's notice, quoting the platform's own
    ISSN/CN in its prose; the journal's are those of the article's running head."""
    cover = ["网络首发", "题目：软土地基处理技术研究", "作者：张伟，李强，王芳",
             "说明：本平台是经批准的连续型出版物（ISSN 1234-5678，CN 11-1111/Z），",
             "所以签约期刊的网络版上首发论文视为正式出版。"]
    article = ["建筑技术 2022年第3期", "ISSN 1000-4726  CN 11-2115/TU",
               "软土地基处理技术研究", "张伟  李强  王芳",
               "（柳州某某科技有限公司，广西 柳州 545000）",
               "摘要：本文研究了软土地基处理技术。"]
    got = values(make_doc(cover, article, ocr=False))
    assert (got["issn"], got["cn"], got["journal"]) == ("1000-4726", "11-2115/TU", "建筑技术")
    assert got["authors"] == "张伟|李强|王芳"


def test_the_author_label_lists_every_author():
    doc = make_doc(["题名：软土地基处理技术研究", "作者：张伟，李强、王芳",
                    "文献来源：建筑技术，2022，(3)"])
    assert values(doc)["authors"] == "张伟|李强|王芳"


def test_a_column_name_beside_the_journal_block_is_not_the_journal():
    """The running head's column (栏目) name stands on one side; the journal's name is stacked
    with its issue and ISSN lines on the other."""
    from _docs import line_words

    from pipeline.model import Page, ReadDocument

    # the column's name a little lower than the journal's, so read between it and the issue
    placed = [("公路工程", 470.0, 13.0), ("实验研究", 60.0, 11.0), ("2021年 第3期", 470.0, 10.0),
              ("ISSN 1000-4726   CN 11-2115/TU", 420.0, 8.0),
              ("软土地基处理技术研究", 200.0, 18.0), ("张伟，李强", 250.0, 12.0),
              ("（柳州某某科技有限公司，广西 柳州 545000）", 190.0, 9.0),
              ("[摘  要] 本文研究了软土地基处理技术。", 60.0, 10.0)]
    words, y = [], 40.0
    for text, x, size in placed:
        words += line_words(text, y, x=x, size=size)
        y += 20.0
    doc = ReadDocument("p.pdf", "0" * 64, (Page(1, 595.0, 842.0, tuple(words), "text_layer"),))
    assert values(doc)["journal"] == "公路工程"


def test_a_publication_certificate_attests_its_authors_after_zhengming():
    doc = make_doc([
        "《某某学报》编辑部",
        "论文发表证明",
        "兹证明王丽、陈国强撰写的论文《城市道路排水设计",
        "探讨》已在我刊2020年第7期正式发表。",
        "特此证明。",
        "《某某学报》编辑部",
        "联系人：赵敏",
    ])
    found = values(doc)
    assert (found["authors"], found["title"], found["journal"]) == (
        "王丽|陈国强", "城市道路排水设计探讨", "某某学报")
    assert (found["year"], found["issue"]) == ("2020", "7")


def test_a_certificate_naming_one_writer_reads_the_sole_author():
    doc = make_doc([
        "论文发表证明",
        "兹证明 刘洋 同志所撰写的论文《桥梁养护管理研究》已于2019年第2期刊出。",
        "特此证明。",
    ])
    assert values(doc)["authors"] == "刘洋"


def _screenshot(lines):
    """A reader window's capture: (x, y, text, size) words, the page right of an outline."""
    from pipeline.model import BBox, Page, ReadDocument, Word
    words = tuple(Word(text, BBox(x, y, x + size * len(text), y + size), 0.95, size=size)
                  for x, y, text, size in lines)
    return ReadDocument("shot.png", "0" * 64, (Page(1, 900.0, 600.0, words, "ocr:test 1.0"),))


def test_a_readers_screenshot_reads_the_page_not_the_window_around_it():
    doc = _screenshot([
        (10, 8, "PDF阅读器 - [城市供水管网漏损控制研究.pdf]", 9),
        (8, 30, "文件(F) 编辑(E) 视图(V) 帮助(H)", 9),
        (8, 78, "书签", 9),
        (14, 98, "摘要", 9),  # the outline pane's entries, level with the page's header
        (300, 97, "给水排水", 9), (660, 97, "2019年第6期", 9),
        (24, 116, "1 引言", 9), (300, 114, "ISSN 1002-8471", 9),
        (24, 134, "2 方法", 9),
        (380, 138, "城市供水管网漏损控制研究", 15),
        (14, 152, "参考文献", 9),
        (460, 165, "黄志刚  吴红", 10),
        (400, 185, "（某市自来水有限公司，广西 柳州 545000）", 9),
        (300, 207, "摘要：本文分析了供水管网漏损的成因。", 9),
        (300, 222, "关键词：供水；漏损", 9),
    ])
    found = values(doc)
    assert (found["title"], found["journal"], found["year"], found["issue"]) == (
        "城市供水管网漏损控制研究", "给水排水", "2019", "6")
    assert found["authors"] == "黄志刚|吴红"


def _contents_page():
    return make_doc([
        "建筑科学与工程",
        "2019年 第6期（总第118期）    第35卷",
        "ISSN 1234-5678    CN 45-1234/TU",
        "目 录",
        "【结构设计】",
        "高层建筑转换层结构设计探讨 ……………………………… 1",
        "陈立新，黄丽",
        "某商业综合体基础选型与沉降分析，兼论软土地区桩基础",
        "设计的若干问题 ………………………………………………… 5",
        "韦小青",
        "【施工技术】 装配式建筑预制构件吊装技术 ………………… 12",
        "刘建国，周敏，潘小东",
        "· 简讯 · 学会年会在南宁召开 ………………………………… 18",
    ], ocr=False)


def test_a_contents_page_lists_its_entries_as_rows():
    ex = paper.extract(_contents_page())
    got = {f.name: f.value for f in ex.fields}
    assert got == {"journal": "建筑科学与工程", "year": "2019", "issue": "6",
                   "issn": "1234-5678", "cn": "45-1234/TU"}
    rows = [{f.name: f.value for f in row} for row in ex.rows]
    assert rows[0] == {"title": "高层建筑转换层结构设计探讨", "authors": "陈立新|黄丽"}
    assert rows[1] == {"title": "某商业综合体基础选型与沉降分析,兼论软土地区桩基础设计的若干问题",
                       "authors": "韦小青"}
    assert rows[2] == {"title": "装配式建筑预制构件吊装技术", "authors": "刘建国|周敏|潘小东"}


def test_the_applicants_paper_on_a_contents_page_is_the_declared_titles_entry():
    from extractors import own_row

    ex = paper.extract(_contents_page())
    mine = {f.name: f.value for f in own_row(ex, "周敏", None, "装配式建筑预制构件吊装技术").fields}
    assert mine["title"] == "装配式建筑预制构件吊装技术" and mine["authors"] == "刘建国|周敏|潘小东"
    # a declared title not in the contents: the one entry the applicant wrote
    mine = {f.name: f.value for f in own_row(ex, "韦小青", None, "另一篇论文").fields}
    assert mine["title"].startswith("某商业综合体")
    # neither: no entry is the applicant's, never another's title
    assert "title" not in {f.name for f in own_row(ex, "张三", None, "另一篇论文").fields}


def test_a_form_about_the_paper_reads_its_cells_not_its_heading_or_labels():
    """A unit's review form for a paper (审核表/登记表) sets each value beside its printed
    label, no colon: the form's heading names the form, never the paper, and the label before
    the serials (国内统一刊号) names a number, not the journal."""
    doc = make_doc(["学术论文发表情况审核表",
                    "申报人 王芳 所在科室 检验科",
                    "作者姓名 李强、王芳",
                    "论文名称 城市道路沥青路面车辙成因与防治",
                    "发表刊物 《公路交通科技》",
                    "国内统一刊号 CN 11-2279/U 国际标准刊号 ISSN 1002-0268",
                    "发表时间 2021年第9期",
                    "审核意见：属实。"], ocr=False)
    got = values(doc)
    assert (got["title"], got["journal"], got["authors"]) == (
        "城市道路沥青路面车辙成因与防治", "公路交通科技", "李强|王芳")
    assert (got["cn"], got["issn"]) == ("11-2279/U", "1002-0268")


def test_a_blank_forms_labels_are_never_read_as_values():
    """Cells left empty: the printed labels (论文题目, 全部作者, 国际标准刊号) stay labels, and
    the fields stay unread rather than taking the form's words."""
    doc = make_doc(["论文（科研成果）登记认定表", "论文题目", "全部作者", "刊物名称",
                    "国际标准刊号 ISSN 2095-8412", "发表时间"], ocr=False)
    got = values(doc)
    assert "title" not in got and "journal" not in got and "authors" not in got


def test_a_label_cell_is_not_an_author_on_an_unheaded_form():
    """Four characters that read as a name may be a printed label (通讯作者, 全体作者)."""
    assert paper.author_names("通讯作者") is None
    assert paper.author_names("全体作者 赵敏") is None


def test_a_register_query_lists_the_cn_in_its_table_column():
    """The article's page carries no CN; the press authority's journal query printed after it
    lists the number under the column 国内统一连续出版物号, apart from its heading."""
    article = ["公路交通科技 2021年第9期", "城市道路沥青路面车辙成因与防治", "李强，王芳",
               "（某某市政工程有限公司，广西 南宁 530000）", "摘要：本文分析了车辙的成因。"]
    query = ["期刊查询", "序号 刊名 国内统一连续出版物号 主办单位",
             "1 公路交通科技 11-2279/U 交通运输部公路科学研究院"]
    assert values(make_doc(article, query, ocr=False))["cn"] == "11-2279/U"
    several = [*query, "2 公路交通科技（应用技术版） 11-5327/U 交通运输部公路科学研究院"]
    assert "cn" not in values(make_doc(article, several, ocr=False))


def _spread(left: list[str], right: list[str]) -> ReadDocument:
    """A landscape sheet with two facing pages photocopied on it (an open issue laid flat)."""
    def width(text: str) -> float:
        return sum(10 if ord(c) > 0x2E80 else 5.5 for c in text)

    words = [Word(text, BBox(x, 40 + 20 * i, x + width(text), 50 + 20 * i), 0.99)
             for x, page in ((30, left), (440, right)) for i, text in enumerate(page)]
    sheet = Page(1, 842.0, 595.0, tuple(words), "text_layer")
    return ReadDocument("复印件.pdf", "1" * 64, (sheet,))


def test_year_and_issue_are_the_articles_own_not_the_previous_articles_references():
    """The left page ends another article: its reference list cites earlier papers (year and
    issue in 2018, 27(6) form) above that page's foot. The paper's year and issue are its own
    first page's running head, whatever separators part the head's parts."""
    left = ["5 结论", "试验表明，掺量以百分之八为宜。", "参考文献：",
            "[1] 赵敏. 再生骨料混凝土强度研究[J]. 混凝土, 2018, 27(6): 33-37.",
            "[2] 钱进. 粉煤灰掺量的影响[J]. 硅酸盐通报, 2017(2): 5-9.",
            "ISSN 1001-9731  CN 50-1099/TH"]
    right = ["功能材料 ｜ 2019年 ｜ 第6期", "再生骨料透水混凝土的配合比设计",
             "孙立新，周晓燕", "（南宁市建设工程质量检测中心，广西 南宁 530000）",
             "摘要：研究了再生骨料透水混凝土的配合比。"]
    got = values(_spread(left, right))
    assert (got["year"], got["issue"]) == ("2019", "6")
    assert got["title"] == "再生骨料透水混凝土的配合比设计"


def test_a_reference_lists_dates_never_stand_for_the_papers_own():
    """The article's first page (on the page after the previous article's end) names the
    journal but prints no year or issue: the references before it cite other papers, so the
    year and issue stay unread rather than taking a cited paper's."""
    before = ["参考文献", "1. 刘洋. 城市内涝治理[J]. 给水排水, 2016, 42(3): 1-4.",
              "［2］ 陈静. 海绵城市设计[J]. 中国给水排水, 2015(11): 8-12."]
    article = ["中国市政工程", "老旧小区雨污分流改造技术探讨", "黄志刚",
               "（桂林市排水有限公司，广西 桂林 541000）", "摘要：结合工程实例探讨了改造技术。"]
    got = values(make_doc(before, article, ocr=False))
    assert "year" not in got and "issue" not in got
    # a year the issue's cover prints before them is still the issue's own
    cover = ["中国市政工程", "2020年"]
    article[0] = "中国市政工程 第4期"
    got = values(make_doc(cover, before, article, ocr=False))
    assert (got["year"], got["issue"]) == ("2020", "4")


def test_an_article_starting_mid_page_below_the_previous_ones_references():
    """The previous article's references end on the page the paper starts on: their cited
    years and issues are not the paper's, and its issue line reads with whatever separators
    part year and issue (· / ，)."""
    for head in ("水利水电技术 · 2020年 · 第10期", "水利水电技术 2020年/第10期",
                 "水利水电技术，2020，10"):
        doc = make_doc(["参考文献：", "[3] 韦华. 码头结构检测[J]. 水运工程, 2017, 5(2): 1-4.",
                        "[4] 苏琳. 堤防监测[J]. 人民长江, 2016(9): 7-9.",
                        head, "堤防渗漏除险加固方案比选", "蒙晓东", "摘要：比选了方案。"],
                       ocr=False)
        got = values(doc)
        assert (got["year"], got["issue"]) == ("2020", "10"), head


def test_an_issue_line_with_separators_outranks_a_wrapped_references_date():
    """A long reference wraps, and the cited year and issue fall on its unnumbered second
    line; the paper's issue line, its year and issue parted by a separator (· / ｜), is
    still read as the explicit 年…期 it is, before any bare citation form."""
    for head in ("岩土力学 · 2021年 · 第3期", "岩土力学 2021年/第3期", "岩土力学 2021年｜第3期"):
        doc = make_doc(["[7] 欧阳建华, 覃丽. 膨胀土边坡降雨入渗的现场监测与数值",
                        "模拟[J]. 工程勘察, 2015, 43(8): 12-18.",
                        head, "红黏土路基的压实特性", "邓文斌", "摘要：研究了压实特性。"],
                       ocr=False)
        got = values(doc)
        assert (got["year"], got["issue"]) == ("2021", "3"), head


def test_an_apps_navigation_bar_is_not_the_title_however_large():
    # a phone app's article screen: status bar, then a bar of buttons in the largest font
    doc = _screenshot([
        (20, 6, "09:12", 10), (300, 6, "4G 61%", 10),
        (16, 30, "<", 20), (150, 30, "论文详情", 20), (330, 30, "收藏", 20),
        (16, 70, "城市道路沥青路面车辙病害成因分析", 15),
        (16, 92, "周建国  林晓燕", 11),
        (16, 110, "某市公路管理处", 10),
        (16, 130, "公路交通科技 2022年05期", 12),
        (16, 150, "ISSN:1002-0268 CN:11-2279/U", 10),
        (16, 175, "摘要", 10),
        (16, 190, "分析了车辙病害的成因。", 10),
    ])
    found = values(doc)
    assert found["title"] == "城市道路沥青路面车辙病害成因分析"
    assert found["authors"] == "周建国|林晓燕"


def test_a_database_banner_is_not_the_title_nor_a_journal_card_an_author():
    # a database's article page printed from the browser: its banner with a search box above
    # the source line, and a card naming the journal (wrapped) on the right beside the text
    doc = _screenshot([
        (20, 6, "2024/5/6 14:02", 8), (300, 6, "万方数据", 8),
        (30, 26, "万方数据 WANFANG", 14), (330, 26, "搜索", 14),
        (30, 50, "城市道桥与防洪 · 2022年 第07期", 10),
        (30, 68, "城市桥梁伸缩缝病害的检测与维修技术", 14),
        (420, 86, "城市道桥", 9),
        (30, 100, "韦丽萍", 11),
        (30, 116, "某市市政工程管理处", 10),
        (30, 134, "摘要:总结了伸缩缝病害的检测方法。", 10), (420, 134, "与防洪", 9),
    ])
    found = values(doc)
    assert (found["title"], found["journal"], found["year"], found["issue"]) == (
        "城市桥梁伸缩缝病害的检测与维修技术", "城市道桥与防洪", "2022", "7")
    assert found["authors"] == "韦丽萍"


def _year_index_page():
    # the year's last issue prints the volume's index: each entry is located by the issue it
    # appeared in and its page there, as the printed key explains
    return make_doc([
        "水利水电技术 第49卷 2018年第12期",
        "ISSN 1000-0860    CN 11-1757/TV",
        "《水利水电技术》2018年总目录",
        "（题名后数字为期号/页码）",
        "【水文水资源】",
        "流域洪水预报模型参数率定方法比较 ……………………… 2/15",
        "赵海燕、钱立明",
        "【水工结构】 重力坝深层抗滑稳定分析的若干问题 黄振东、吴晓霞 ………… 7/121",
        "面板堆石坝渗流监测资料分析 周文博 ………………………………… 11/298",
    ], ocr=False)


def test_a_year_index_reads_each_entrys_own_issue_not_the_running_heads():
    ex = paper.extract(_year_index_page())
    got = {f.name: f.value for f in ex.fields}
    assert got == {"journal": "水利水电技术", "year": "2018", "issn": "1000-0860",
                   "cn": "11-1757/TV"}  # 第12期 is the issue carrying the index
    rows = [{f.name: f.value for f in row} for row in ex.rows]
    assert rows == [
        {"title": "流域洪水预报模型参数率定方法比较", "authors": "赵海燕|钱立明", "issue": "2"},
        {"title": "重力坝深层抗滑稳定分析的若干问题", "authors": "黄振东|吴晓霞", "issue": "7"},
        {"title": "面板堆石坝渗流监测资料分析", "authors": "周文博", "issue": "11"},
    ]


def test_the_applicants_entry_in_a_year_index_is_the_declared_title_whoever_wrote_it():
    from extractors import own_row

    ex = paper.extract(_year_index_page())
    declared = "重力坝深层抗滑稳定分析的若干问题"
    mine = {f.name: f.value for f in own_row(ex, "刘明", None, declared).fields}
    # the declared paper's entry, its authors as printed (not the applicant: the rule judges)
    assert (mine["title"], mine["authors"], mine["issue"], mine["year"]) == (
        "重力坝深层抗滑稳定分析的若干问题", "黄振东|吴晓霞", "7", "2018")
    # no entry is the applicant's: neither a title nor an issue is read
    none = {f.name for f in own_row(ex, "刘明", None, "另一篇论文").fields}
    assert "title" not in none and "issue" not in none


def test_a_year_index_whose_entries_cannot_be_told_apart_names_no_article():
    # a poor scan lost the leaders and locators: the heading is no title, the head's issue
    # is the index's, and which entry (and whose authors) is the applicant's is not read
    doc = make_doc([
        "岩土工程学报 2016年第12期",
        "ISSN 1000-4548    CN 32-1124/TU",
        "《岩土工程学报》2016年度总目次",
        "软黏土蠕变特性试验研究 孙建平",
        "桩筏基础沉降计算方法 钟小红、许立",
    ], ocr=True)
    got = {f.name: f.value for f in paper.extract(doc).fields}
    assert got == {"journal": "岩土工程学报", "year": "2016", "issn": "1000-4548",
                   "cn": "32-1124/TU"}


def _posted_contents():
    # an issue's contents as the journal's account posts it: no leaders, each title on its
    # own line (the page after a space, or none), its authors on the line below
    return make_doc([
        "水运工程编辑部",
        "水运工程 2020年第7期目次",
        "原创 水运工程 2020-07-28",
        "〖港口工程〗",
        "高桩码头桩基缺陷的检测与加固 5",
        "梁志勇，宋佳",
        "沿海深水航道回淤规律及其预测方法",
        "在珠江口的应用 11",
        "潘海燕",
        "〖航道整治〗",
        "内河航道生态护岸结构形式比选 19",
        "严明，孔令华，卢晓",
        "ISSN 1002-4972    CN 11-1871/U",
    ], ocr=False)


def test_a_contents_list_without_leaders_reads_each_title_above_its_authors():
    ex = paper.extract(_posted_contents())
    got = {f.name: f.value for f in ex.fields}
    assert "title" not in got and "authors" not in got  # the account's bar names no article
    assert (got["journal"], got["year"], got["issue"]) == ("水运工程", "2020", "7")
    rows = [{f.name: f.value for f in row} for row in ex.rows]
    assert rows == [
        {"title": "高桩码头桩基缺陷的检测与加固", "authors": "梁志勇|宋佳"},
        {"title": "沿海深水航道回淤规律及其预测方法在珠江口的应用", "authors": "潘海燕"},
        {"title": "内河航道生态护岸结构形式比选", "authors": "严明|孔令华|卢晓"},
    ]


def test_the_applicants_entry_in_a_posted_contents_list_is_the_declared_titles():
    from extractors import own_row

    ex = paper.extract(_posted_contents())
    declared = "内河航道生态护岸结构形式比选"
    mine = {f.name: f.value for f in own_row(ex, "孔令华", None, declared).fields}
    assert (mine["title"], mine["authors"]) == ("内河航道生态护岸结构形式比选", "严明|孔令华|卢晓")
    assert "authors" not in {f.name for f in own_row(ex, "张三", None, "另一篇").fields}


def test_an_apps_bar_and_a_posts_byline_are_no_title():
    # an article reposted on the journal's account, shot on a phone: the close mark and menu
    # of the in-app browser and the post's byline name the account, never the paper
    doc = make_doc([
        "× 城市规划学刊 ···",
        "原创 城市规划学刊 2021-05-12",
        "历史街区微更新中的居民参与机制研究",
        "郑雅文，付国强",
        "摘要：以三个街区为例，分析居民参与的途径。",
    ], ocr=True)
    got = values(doc)
    assert (got["title"], got["authors"]) == ("历史街区微更新中的居民参与机制研究", "郑雅文|付国强")


def test_a_viewers_or_printers_own_heading_is_no_title():
    # the first page printed through a viewer: its own heading over the shrunken page (a print
    # preview, a summary of comments) names what the software shows, never the article
    for heading in ("打印预览", "批注摘要", "Summary of Comments"):
        doc = make_doc([
            heading,
            "中国给水排水 2019年第8期",
            "寒区小城镇污水处理厂低温运行的优化策略",
            "韦丽娜，潘国栋",
            "摘要：以东北三座污水厂为例，分析低温运行的难点。",
        ], ocr=True)
        got = values(doc)
        assert (got["title"], got["authors"]) == ("寒区小城镇污水处理厂低温运行的优化策略",
                                                  "韦丽娜|潘国栋"), heading


def _watermarked(mark: str, *, aslant: bool) -> ReadDocument:
    """A journal page (title larger than the rest) with `mark` laid over it as a watermark:
    aslant (each run's box a tall square across several lines) or tiled level, four times."""
    def w(x, y, text, size=10.0):
        return Word(text, BBox(x, y, x + size * len(text), y + size), 1.0, size=size)

    words = [w(60, 40, "水运工程 2019年第11期 ISSN 1002-4972 CN 11-1871/U", 8.0),
             w(120, 100, "内河航道整治工程中的生态护岸设计", 16.0),
             w(200, 160, "韦晓东 梁春花"), w(150, 220, "（广西交通设计集团有限公司，南宁 530029）"),
             w(90, 280, "摘要：结合西江航道整治工程，讨论生态护岸的设计要点。"),
             w(90, 300, "关键词：航道整治；生态护岸")]
    for k in range(4):
        y = 66 + 60 * k  # in the gaps between the article's lines
        if aslant:  # a diagonal run: its box as tall as it is wide
            words.append(Word(mark, BBox(40 + 50 * k, y, 240 + 50 * k, y + 150), 1.0, size=18.0))
        else:
            words.append(w(40, y, mark, 18.0))
    return ReadDocument("论文.pdf", "0" * 64,
                        (Page(1, 595.0, 842.0, tuple(sorted(
                            words, key=lambda x: x.bbox.top)), "text_layer"),))


def test_a_watermark_over_the_page_is_never_the_title():
    """A watermark laid over the article (an electronic offprint's 样稿 · 仅限本人使用, set
    aslant or tiled across the page), however large its letters, is not the paper's text:
    the title is the article's own heading."""
    for aslant in (True, False):
        found = values(_watermarked("水运工程杂志社 样稿 仅限本人使用", aslant=aslant))
        assert found["title"] == "内河航道整治工程中的生态护岸设计", aslant
        assert found["authors"] == "韦晓东|梁春花"


def test_a_running_heads_journal_name_ends_at_the_separator_before_its_issue():
    """A running head may part the journal's name from its issue with a separator (· or |):
    the name ends there; the separator and the issue after it are never part of it."""
    for head in ("工程质量 · 第11期 2020年", "城市道桥与防洪｜第4期｜2019年"):
        doc = make_doc([head, "ISSN 1671-3702  CN 42-1658/TU", "装配式桥墩的抗震性能分析",
                        "韦明远", "（南宁市政工程设计院，广西 南宁 530001）",
                        "摘要：分析了装配式桥墩的抗震性能。"])
        got = values(doc)
        assert got["journal"] == head.split(" ")[0].split("｜")[0]
        assert got["issue"] in ("11", "4")


def test_a_manuscript_record_reads_its_labels_values_not_its_headings_or_labels():
    # a submission system's manuscript page printed from the browser: the journal's banner
    # with its serials, a grid of labels and values, then a section heading in larger type
    # over the log of who handled the manuscript
    doc = _screenshot([
        (40, 20, "《水利水电技术》", 16), (260, 24, "在线投稿系统", 10),
        (520, 24, "ISSN 1000-0860  CN 11-1757/TV", 9),
        (40, 60, "首页", 9), (120, 60, "作者中心", 9), (700, 60, "欢迎您，黄志刚", 9),
        (180, 100, "稿件编号", 9), (280, 100, "SL2019-0412", 9),
        (180, 124, "稿件标题", 9), (280, 124, "山区水库大坝渗流监测与安全评价", 9),
        (180, 148, "作者（按署名顺序）", 9), (340, 148, "黄志刚，吴红，林晓燕", 9),
        (180, 172, "单位", 9), (280, 172, "某市水利局", 9),
        (180, 196, "稿件状态", 9), (280, 196, "已刊出", 9),
        (420, 196, "刊出信息", 9), (520, 196, "2019年第6期，33-38页", 9),
        (180, 236, "审稿意见与处理记录", 12),
        (180, 260, "日期", 9), (300, 260, "处理人", 9), (420, 260, "结果", 9),
        (180, 284, "2019-03-02", 9), (300, 284, "黄志刚", 9), (420, 284, "投稿", 9),
    ])
    found = values(doc)
    assert (found["title"], found["journal"], found["year"], found["issue"]) == (
        "山区水库大坝渗流监测与安全评价", "水利水电技术", "2019", "6")
    assert (found["issn"], found["cn"]) == ("1000-0860", "11-1757/TV")
    assert found["authors"] == "黄志刚|吴红|林晓燕"


def test_a_row_of_labels_is_never_the_journals_name():
    # no banner name: the only line with an issue is a grid's row of labels, which names no
    # journal
    doc = _screenshot([
        (180, 100, "题目", 9), (280, 100, "山区水库大坝渗流监测与安全评价", 9),
        (180, 124, "作者", 9), (280, 124, "黄志刚、吴红", 9),
        (180, 148, "稿件状态", 9), (260, 148, "已刊出", 9), (330, 148, "刊出信息", 9),
        (420, 148, "2019年第6期", 9),
    ])
    found = values(doc)
    assert found.get("journal") is None
    assert found["title"] == "山区水库大坝渗流监测与安全评价"
    assert found["authors"] == "黄志刚|吴红"


def test_a_spread_in_an_e_reader_keeps_the_facing_page_out_of_the_articles_head():
    # a page-flip reader's capture of two facing pages: its toolbar and page bar run across
    # the gutter; the left page (the previous article) has lines ending in the gutter, one
    # of them level with the right page's head, whose last words read like a name
    def left(y, text):
        return (400 - 9 * len(text), y, text, 9)

    doc = _screenshot([
        (20, 8, "《给水排水》电子刊", 12), (390, 8, "2019年第6期", 12),
        (640, 8, "目录 缩略图 单页 双页", 12),
        left(40, "管网漏损的成因复杂，须从设计施工和运维三方面控制"),
        (450, 40, "给水排水 2019年第6期", 8), (450, 54, "ISSN 1002-8471 CN 11-4972/TU", 8),
        (500, 74, "城市供水管网漏损控制研究", 13),
        left(92, "更换老旧管段时应统筹兼顾工期、质量、成本"),
        (540, 106, "黄志刚，吴红", 9),
        (500, 120, "（某市自来水有限公司，广西 柳州 545000）", 8),
        (450, 136, "摘要：本文分析了供水管网漏损的成因。", 8),
        left(152, "[1] 韦立. 供水管网的研究[J]. 给水排水, 2016(2): 1-4."),
        (300, 560, "上一页   30-31 / 88   下一页", 10),
    ])
    found = values(doc)
    assert (found["title"], found["journal"]) == ("城市供水管网漏损控制研究", "给水排水")
    assert found["authors"] == "黄志刚|吴红"


def _feature_page(header: str, byline: str) -> ReadDocument:
    """A trade magazine's feature page: the running header, the title, the writers' byline,
    their unit, a lead paragraph (no 摘要 label) and the body."""
    return make_doc([header,
                     "城市轨道交通车站通风系统节能改造实践",
                     byline,
                     "（南宁某某轨道交通设计院，广西 南宁 530000）",
                     "本文以某车站通风系统改造为例，介绍了节能改造的思路和效果。",
                     "1 工程概况",
                     "某车站建成于2012年，通风系统能耗较高。"])


def test_a_magazines_byline_after_its_writer_mark_gives_the_authors():
    """文／ (or 撰文｜, 文／图) before the writers' names is the magazine's byline mark: the
    names after it are the authors, in order."""
    doc = _feature_page("工程建设 2022年第5期", "文／韦小丽  莫振华")
    assert values(doc)["authors"] == "韦小丽|莫振华"
    doc = _feature_page("工程建设 2022年第5期", "撰文｜覃海燕")
    assert values(doc)["authors"] == "覃海燕"
    # a line that only opens with 文, or a byline crediting no person, gives no authors
    for line in ("文化传承与创新发展", "文／本刊编辑部"):
        assert "authors" not in values(_feature_page("工程建设 2022年第5期", line))


def test_a_running_header_opening_with_its_column_gives_the_journal_after_it():
    """A magazine's running header may open with its column's name and the column's English
    name after a bar (栏目 | ENGLISH): the journal is the name after them, right before the
    year and issue; without the English column name which name is the journal is not told
    here, and the column is never read as the journal."""
    doc = _feature_page("工程前沿 | FRONTIER 城市轨道交通研究  2022年第5期", "文／韦小丽")
    assert values(doc)["journal"] == "城市轨道交通研究"
    doc = _feature_page("工程前沿 | 城市轨道交通研究  2022年第5期", "文／韦小丽")
    assert values(doc).get("journal") != "工程前沿"


def _grid_doc(rows: list[list[tuple[float, str]]], *, ocr: bool = False) -> ReadDocument:
    """A page printed from a web system (portrait): each row's cells at their x positions, one
    word a cell, the gaps between them a grid's (or a page margin's) wide spaces."""
    words, y = [], 30.0
    for row in rows:
        for x, text in row:
            words.append(Word(text, BBox(x, y, x + 11.0 * len(text), y + 10.0), 0.95, size=10.0))
        y += 24.0
    page = Page(1, 842.0, 1191.0, tuple(words), "ocr:test 1.0" if ocr else "text_layer")
    return ReadDocument("成果.pdf", "1" * 64, (page,))


_RECORD_ROWS = [
    [(20, "2023/11/2"), (80, "09:41"), (360, "成果详情 - 科研管理平台")],
    [(40, "江城医科大学附属医院 科研管理平台"), (700, "欢迎您，赵敏")],
    [(160, "论文详情"), (700, "审核通过")],
    [(160, "论文题目"), (250, "基于深度学习的肺结节检测方法研究")],
    [(160, "论文类型"), (250, "期刊论文"), (500, "发表范围"), (590, "国内公开发行")],
    [(160, "刊物名称"), (250, "计算机工程与应用"), (500, "收录类别"), (590, "北大核心")],
    [(160, "ISSN"), (250, "1002-8331"), (500, "CN"), (590, "11-2127/TP")],
    [(160, "发表年份"), (250, "2019"), (500, "期号"), (590, "第4期")],
    [(160, "全部作者"), (250, "赵敏，钱立军")],
    [(160, "审核记录")],
    [(160, "提交"), (260, "赵敏"), (360, "2020-03-05"), (560, "提交审核")],
    [(160, "科研处审核"), (260, "科研处"), (360, "2020-03-18"), (560, "同意")],
]


def test_a_research_systems_paper_record_reads_each_cell_to_its_edge():
    """An employer's research management system prints a paper's record as a grid, two label
    and value pairs a row (刊物名称 … 收录类别 …, 发表年份 … 期号 …): the journal is its cell
    alone, not the next label and its value, and the year is the one beside 发表年份, not the
    browser's print date in the margin nor the approval record's dates."""
    got = values(_grid_doc(_RECORD_ROWS))
    assert (got["journal"], got["year"], got["issue"]) == ("计算机工程与应用", "2019", "4")
    assert (got["title"], got["authors"]) == ("基于深度学习的肺结节检测方法研究", "赵敏|钱立军")


def test_a_journal_cell_run_into_the_next_label_is_left_unread():
    """Where the cells of a row cannot be told apart (one box for the whole row, as OCR may
    give it), a journal name read with the next label's words is no name: left unread ("could
    not verify"), never compared as a different journal."""
    rows = [[(x, t) for x, t in row] for row in _RECORD_ROWS]
    rows[5] = [(160, "刊物名称 计算机工程与应用 收录类别 北大核心")]
    got = values(_grid_doc(rows, ocr=True))
    assert "journal" not in got


def test_a_record_without_its_year_label_does_not_take_another_date_for_the_year():
    """A record giving the issue (期号) but no year beside a label: the page's other dates (the
    print date, the approval record's) are not the paper's, so the year is left unread."""
    rows = [row for row in _RECORD_ROWS if row[0][1] != "发表年份"]
    rows.insert(7, [(160, "期号"), (250, "第4期")])
    got = values(_grid_doc(rows))
    assert "year" not in got and got["issue"] == "4"


def test_a_labelled_journal_name_keeps_words_that_are_no_labels():
    """The well-formedness rule rejects only a printed label's words (名称, 类别, 年份 …): a
    journal whose name merely sounds administrative is read as labelled."""
    doc = make_doc(["论文发表证明", "论文题目：基层医疗机构绩效管理实践",
                    "刊物名称：中国卫生事业管理", "作者：孙丽，周洋", "2022年第8期"], ocr=False)
    assert values(doc)["journal"] == "中国卫生事业管理"


def test_a_forms_publication_date_gives_the_year_its_issue_cited_beside_it():
    """A registration form prints the year beside 发表时间, the volume and issue in the cells
    after it (发表时间 2018年 第12卷 第6期): that year is tied to the paper by its label, and
    the issue cited there without a year of its own is the same issue; the form's own date at
    its foot is not the paper's."""
    rows = [[(40, "科研成果登记表")],
            [(40, "论文题目"), (130, "县域医共体信息化建设路径探析")],
            [(40, "全部作者"), (130, "吴婷，郑凯")],
            [(40, "刊物名称"), (130, "《中国数字医学》")],
            [(40, "发表时间"), (130, "2018年"), (260, "第12卷"), (360, "第6期")],
            [(300, "2020年9月1日")]]
    got = values(_grid_doc(rows))
    assert (got["year"], got["issue"], got["journal"]) == ("2018", "6", "中国数字医学")
    rows[4] = [(40, "发表时间"), (130, "见附件")]
    assert "year" not in values(_grid_doc(rows))


def test_an_articles_year_is_never_a_print_date_in_the_margin():
    """An article page printed from a browser carries the print's date in its margin
    (2023/6/1 10:20): a date of a day, not the issue's year. With the head giving the issue
    alone, the year is left unread; a bare year in the head is still read."""
    lines = ["2023/6/1 10:20", "给水排水 第49卷 第4期", "城市供水管网压力分区优化研究",
             "梁晨1，高远2", "摘要：研究了供水管网的压力分区。"]
    assert "year" not in values(make_doc(lines, ocr=False))
    lines[1] = "给水排水 2019 第49卷 第4期"
    assert values(make_doc(lines, ocr=False))["year"] == "2019"


def test_a_search_engines_box_echoing_the_query_is_not_the_title():
    """A search engine's page about an article, captured from the browser: the site's logo,
    the search box echoing the query and its button on one row over the article, then the
    article's own heading, a journal card beside it on the right in a smaller font. The
    query typed into the box is not the article's heading, and the card's heading sharing
    the heading's row is none of it."""
    page = [
        (20, 6, "https://scholar.example.cn/detail?id=8e1f", 8),
        (20, 30, "学术搜索", 20), (140, 32, "再生骨料混凝土抗冻性能试验研究", 12),
        (600, 32, "检索", 12),
        (30, 70, "再生骨料混凝土抗冻性能试验研究", 16), (620, 72, "期刊信息", 10),
        (30, 96, "作者：邓志刚，韩雨桐", 10), (620, 96, "ISSN：1002-3550", 10),
        (30, 114, "来源：《混凝土》2020年第4期", 10), (620, 114, "CN：21-1259/TU", 10),
        (30, 134, "摘要：以不同取代率的再生粗骨料配制混凝土，进行快速冻融循环试验，"
                  "分析了质量损失率与相对动弹性模量的变化规律。", 10),
    ]
    found = values(_screenshot(page))
    assert found["title"] == "再生骨料混凝土抗冻性能试验研究"
    assert found["authors"] == "邓志刚|韩雨桐"


def test_a_title_ending_in_a_search_word_or_spaced_in_its_size_stays_whole():
    # no gap before 检索: the title's own word, not a search button; words after a gap in the
    # heading's own size are the heading's still
    page = [
        (30, 40, "基于深度哈希的遥感影像检索", 16),
        (30, 66, "许文博", 10),
        (30, 86, "摘要：提出了一种遥感影像检索方法。", 10),
    ]
    assert values(_screenshot(page))["title"] == "基于深度哈希的遥感影像检索"
    page[0:1] = [(30, 40, "乡村振兴视域下", 16), (200, 40, "职业教育的路径", 16)]
    assert values(_screenshot(page))["title"] == "乡村振兴视域下职业教育的路径"


def test_a_database_detail_page_reads_its_heading_and_label_rows_not_the_browser_tab():
    # a desktop capture of an article's detail page: the browser's tab title (cut with an
    # ellipsis, the site's name after a dash), a type badge in small print before the
    # heading, label rows whose values share their row with a side card
    doc = _screenshot([
        (16, 10, "寒区隧道衬砌防冻保温措施的… - 学术期刊数据库", 8),
        (20, 30, "https://example.org/periodical/abc123", 8),
        (30, 110, "首页 > 期刊 > 铁道建筑 > 2018年第7期", 8),
        (36, 140, "期刊论文", 8), (100, 136, "寒区隧道衬砌防冻保温措施的试验研究", 16),
        (30, 200, "摘要：针对寒区隧道冻害，开展了衬砌保温层现场试验。", 9),
        (30, 240, "作者：", 9), (110, 240, "邓海涛  邱雪梅", 9), (640, 240, "ISSN：1003-1995", 9),
        (30, 262, "刊名：", 9), (110, 262, "铁道建筑", 9), (640, 262, "出版周期：月刊", 9),
        (30, 284, "年，卷(期)：", 9), (110, 284, "2018, (7)", 9),
    ])
    found = values(doc)
    assert found["title"] == "寒区隧道衬砌防冻保温措施的试验研究"
    assert found["journal"] == "铁道建筑"


def test_a_heading_with_a_subtitle_after_a_dash_is_no_browser_tab():
    # negative: a title of its own, in one size, with a dash before its subtitle (no
    # ellipsis, no site's name) is read whole; a same-size first word is no badge
    doc = _screenshot([
        (30, 40, "城市规划 2020年第4期 ISSN 1002-1329", 9),
        (60, 80, "城市更新中的社区营造", 16), (250, 80, "——以老旧小区改造为例", 16),
        (150, 110, "钟雅琴  卢国华", 10),
        (30, 140, "摘要：以老旧小区改造为例，讨论社区营造的路径。", 9),
    ])
    title = values(doc)["title"]  # (the dash as the reader normalises it)
    assert title.startswith("城市更新中的社区营造") and title.endswith("以老旧小区改造为例")


def _journal_page(rows):
    """A capture of a journal's page on a database at one issue's contents (刊期浏览)."""
    return _screenshot([
        (20, 10, "水利水电技术 - 文献数据库", 8),
        (30, 60, "文献数据库 | 出版来源导航", 15),
        (120, 100, "水利水电技术", 17),
        (120, 130, "出版周期：月刊", 9), (290, 130, "ISSN：1000-0860", 9),
        (120, 148, "语种：中文", 9), (290, 148, "CN：11-1757/TV", 9),
        (30, 190, "刊期浏览", 11), (110, 190, "栏目浏览", 10),
        (40, 220, "▼ 2017", 10), (250, 220, "2017年05期", 12),
        *rows,
    ])


def test_a_journal_page_at_an_issue_reads_the_journal_and_one_row_per_article():
    from extractors import own_row
    doc = _journal_page([
        (260, 250, "堤防渗流监测资料分析方法", 9.5), (600, 251, "秦立；苗雨", 8.5),
        (790, 251, "11-15", 8.5),
        (260, 274, "混凝土面板堆石坝变形特性研究", 9.5), (600, 275, "孔晓东；于洁；庞明", 8.5),
        (790, 275, "16-20", 8.5),
        (260, 298, "灌区渠道衬砌冻胀破坏机理", 9.5), (600, 299, "樊海", 8.5),
        (790, 299, "21-24", 8.5),
    ])
    ex = paper.extract(doc)
    got = {f.name: f.value for f in ex.fields}
    assert got == {"journal": "水利水电技术", "year": "2017", "issue": "5",
                   "issn": "1000-0860", "cn": "11-1757/TV"}
    assert [{f.name: f.value for f in row} for row in ex.rows][1] == {
        "title": "混凝土面板堆石坝变形特性研究", "authors": "孔晓东|于洁|庞明"}
    mine = {f.name: f.value for f in own_row(ex, "樊海", None, "灌区渠道衬砌冻胀破坏机理").fields}
    assert (mine["title"], mine["authors"]) == ("灌区渠道衬砌冻胀破坏机理", "樊海")


def test_a_journal_page_without_readable_rows_reads_no_title_or_authors():
    # negative: the page's list did not read as rows (no authors, no pages): nothing of an
    # article is read, never the journal's name as the title
    doc = _journal_page([(260, 250, "堤防渗流监测资料分析方法", 9.5),
                         (260, 274, "混凝土面板堆石坝变形特性研究", 9.5)])
    ex = paper.extract(doc)
    got = {f.name: f.value for f in ex.fields}
    assert "title" not in got and "authors" not in got and not ex.rows
    assert got["journal"] == "水利水电技术"


def test_an_article_starting_down_the_page_is_read_above_its_abstract():
    """A journal running short articles on in columns starts one under the end of the one
    before (its closing paragraphs and references fill the page's top): the head is right
    above the abstract, the journal still in the page's running head."""
    before = [f"前文第{n}段的正文，对各环节的技术参数进行复核，确保满足要求。" for n in range(12)]
    before += ["参考文献：", "[1]韦某.施工技术要点分析[J].工程建设，2020(3)：12-14."]
    lines = ["施工管理  《价值工程》2021年第3期", *before, "桥梁预应力张拉关键技术及其工程应用",
             "周琳婷  潘欣娜", "（柳州市某某设计研究院，广西 柳州 545000）",
             "【摘  要】本文结合工程实践，分析了存在的主要问题。", "【关键词】预应力；张拉"]
    got = values(make_doc(lines, sizes={len(before) + 1: 20.0}, ocr=False))
    assert got["title"] == "桥梁预应力张拉关键技术及其工程应用"
    assert got["authors"] == "周琳婷|潘欣娜"
    assert (got["journal"], got["year"], got["issue"]) == ("价值工程", "2021", "3")


def _sized_word(x, y, text, h):
    """A text-layer word of character height `h` set at (x, y)."""
    return Word(text, BBox(x, y, x + len(text) * h, y + h), size=h)


def test_a_large_title_beside_a_side_column_reads_whole_over_its_lines():
    """A design journal sets the title large on the left and a side column of small print on
    the right (中图分类号, 文章编号 …) whose lines fall between the title's: the title joins its
    own lines across them, and the side column's words are none of it."""
    w = _sized_word
    words = (w(44, 27, "价值工程 2021年第3期", 8.5), w(432, 60, "中图分类号", 7.5),
             w(54, 66, "设计研究", 9.5), w(432, 91, "文献标识码", 7.5),
             w(44, 99, "桥梁预应力张拉关键", 21), w(432, 102, "A", 7.5),
             w(432, 122, "文章编号", 7.5), w(44, 128, "技术及其工程应用", 21),
             w(432, 133, "1006-4311(2021)03-0096-06", 7.5), w(432, 153, "收稿日期", 7.5),
             w(44, 167, "周琳婷  潘欣娜", 12),
             w(56, 407, "摘要：本文结合工程实践分析了主要问题。", 9))
    doc = ReadDocument("p.pdf", "0", (Page(1, 595, 842, words, "text_layer"),))
    got = values(doc)
    assert got["title"] == "桥梁预应力张拉关键技术及其工程应用"
    assert got["authors"] == "周琳婷|潘欣娜"


def test_a_sites_name_set_larger_than_the_article_it_shows_is_no_title():
    """A document-sharing site's page: its own name in the largest size at the top, the
    article's first page in its viewer, the title there followed by its authors. The heading
    its authors follow is the title; a code from a side column set level with a one-line
    title (文献标识码 A) is none of it."""
    w = _sized_word
    words = (w(24, 40, "某某文库", 18), w(120, 44, "搜索文档、课件、论文", 9),
             w(40, 80, "上传于2022-11-16 · 工程资料库", 8.5),
             w(110, 130, "电气技术 2021年第11期", 9.2),
             w(110, 160, "浅析装配式混凝土结构", 17.4), w(432, 166, "A", 7.5),
             w(200, 190, "马刚峰  胡雪颖", 11.6),
             w(110, 240, "摘要：本文分析了装配式混凝土结构设计中的主要问题。", 9))
    doc = ReadDocument("p.pdf", "0", (Page(1, 960, 600, words, "text_layer"),))
    got = values(doc)
    assert got["title"] == "浅析装配式混凝土结构"
    assert got["authors"] == "马刚峰|胡雪颖"


def test_a_serial_label_spaced_out_in_its_cell_is_never_the_journals_name():
    # an applicant's typed table of the paper above its pasted first page: the label 刊号
    # spaced out to fill its cell is a label, the journal is read from the running head
    def doc(label):
        return make_doc(
            [
                "代表性论文情况",
                "论文题目 城市道路沥青路面病害防治研究",
                "刊物名称 《公路交通科技》",
                f"{label} ISSN 1002-0268；CN 11-2279/U",
                "发表时间 2020年第5期",
                "公路交通科技 2020年第5期",
                "城市道路沥青路面病害防治研究",
                "黄志强1，陆文静2",
                "摘  要：本文分析了城市道路沥青路面的常见病害。",
            ]
        )

    assert values(doc("刊   号"))["journal"] == "公路交通科技"
    # a journal whose own name ends the line before its serials is still read
    assert values(doc("道路工程"))["journal"] == "道路工程"


def _notice(authors_lines):
    return make_doc(
        [
            "韦丽华（城市规划编辑部）",
            "黄建明老师：您好！《城市规划》2019年第8期",
            "已出版，您的稿件《老旧小区海绵化改造的技",
            "术路径》刊登于第12-15页，" + authors_lines[0],
            *authors_lines[1:],
            "我刊ISSN 1002-1329，CN 11-2378/TU，已被知网收录。",
            "样刊已由快递寄出，单号",
            "YT2019083145678，请查收。",
        ]
    )


def test_an_editors_notice_in_a_chat_reads_its_quoted_title_and_journal_and_wrapped_authors():
    # the editor's 刊出 message: the title and journal it quotes, the author list it wraps
    # (a name broken at the bubble's edge), never 我刊 or a waybill's code for the journal
    found = values(_notice(["作者：黄建", "明，陈思雨。"]))
    assert found["title"] == "老旧小区海绵化改造的技术路径"
    assert found["journal"] == "城市规划"
    assert found["authors"] == "黄建明|陈思雨"
    # the label wrapped too (作 / 者：)
    assert values(_notice(["作", "者：黄建明，陈思雨。"]))["authors"] == "黄建明|陈思雨"


def test_an_author_list_in_running_text_not_ended_by_the_next_line_is_left_unread():
    # the sentence runs on past the next line: the list may be cut, so no authors are read
    found = values(_notice(["作者：黄建", "明，陈思雨", "等"]))
    assert found.get("authors") is None


def _record_list(title: str, source: str) -> list[tuple[int, int, str, int]]:
    """A reference manager's folder: its records (the applicant's papers) under a row of
    column headings, `title` and `source` naming the title's and the journal's columns."""
    return [
        (200, 100, "年份", 9), (250, 100, "作者", 9), (340, 100, title, 9), (700, 100, source, 9),
        (200, 124, "2018", 9), (250, 124, "韦志强", 9),
        (340, 124, "高校实验室安全管理体系建设研究", 9),
        (700, 124, "实验技术与管理", 9),
        (200, 148, "2020", 9), (250, 148, "韦志强", 9),
        (340, 148, "地方高校科研经费绩效评价探析", 9),
        (700, 148, "中国高校科技", 9),
    ]


def test_a_reference_managers_details_pane_reads_each_field_from_its_label():
    # a reference manager's window: the folder's list of records, then the selected record's
    # details, a label and its value a line
    doc = _screenshot([
        *_record_list("题名", "来源"),
        (210, 280, "文献类型", 9), (300, 280, "期刊论文", 9),
        (210, 300, "题名", 9), (300, 300, "地方高校科研经费绩效评价探析", 9),
        (210, 320, "著者", 9), (300, 320, "韦志强；覃丽萍", 9),
        (210, 340, "刊名", 9), (300, 340, "中国高校科技", 9),
        (210, 360, "出版年", 9), (300, 360, "2020", 9), (420, 360, "期号", 9), (470, 360, "07", 9),
        (210, 380, "ISSN", 9), (300, 380, "2095-4654", 9),
        (210, 400, "国内统一刊号", 9), (330, 400, "10-1042/G4", 9),
    ])
    assert values(doc) == {
        "title": "地方高校科研经费绩效评价探析", "journal": "中国高校科技", "year": "2020",
        "issue": "7", "issn": "2095-4654", "cn": "10-1042/G4", "authors": "韦志强|覃丽萍"}


def test_a_list_of_records_without_a_records_type_is_not_read_as_one_record():
    # the same manager's list alone, its column headings over several papers: no record is
    # selected, so no row's title or authors is the paper's
    found = values(_screenshot(_record_list("标题", "期刊")))
    assert not str(found.get("title", "")).startswith(("标题", "题名"))
    assert found.get("year") is None and found.get("issue") is None


def _info_pane(rows, size=9):
    """A reference manager's window (Zotero 中文): its items list (标题 / 创建者 / 年份
    headings over other papers' rows) and, right of it, the selected item's 信息 pane, its
    labels set flush right with their colons at x=400, each value from x=410; a row's words
    share a line with the list's rows level with it."""
    words = [(20, 60, "标题", size), (200, 60, "创建者", size), (260, 60, "年份", size),
             (20, 84, "水库大坝渗流监测技术研究", size), (200, 84, "覃 等", size),
             (260, 84, "2019", size),
             (20, 108, "山区公路高边坡加固技术研究", size), (200, 108, "陆 和 黄", size),
             (260, 108, "2021", size)]
    words += [(x, 108 + 24 * k, text, size) for k in range(1, 6)
              for x, text in ((20, "城市道路排水系统优化设计"), (200, "梁"), (260, "2022"))]
    for k, (label, value) in enumerate(rows):
        y = 84 + 20 * k
        if label:
            words.append((400 - size * len(label), y, label, size))
        words.append((410, y, value, size))
    words.append((360, 400, "已选择 1 个条目", size))  # the window's status bar
    placed = tuple(Word(text, BBox(x, y, x + size * len(text), y + size), 1.0, size=size)
                   for x, y, text, size in sorted(words, key=lambda w: (w[1], w[0])))
    return ReadDocument("zotero.png", "2" * 64, (Page(1, 900.0, 600.0, placed, "text_layer"),))


_PANE = [("条目类型：", "期刊文章"), ("标题：", "山区公路高边坡加固技术研究"),
         ("作者：", "陆海峰"), ("作者：", "黄秋月"), ("作者：", "农志刚"),
         ("摘要：", "针对山区公路高边坡失稳问题…"), ("期刊：", "公路工程"), ("卷：", "46"),
         ("期：", "3"), ("页码：", "88-93"), ("ISSN：", "1674-0610"),
         ("其他：", "CN: 43-1481/U")]


def test_a_reference_managers_info_pane_reads_every_author_row_and_its_notes_cn():
    """Zotero's 信息 pane (labels flush right, colons in one column) is the record, though
    the list's 标题 heading beside it reads as a second 标题: one 作者 row per author, all of
    them in order; the CN its 其他 field notes (``CN: …``)."""
    got = values(_info_pane(_PANE))
    assert got["title"] == "山区公路高边坡加固技术研究"
    assert got["authors"] == "陆海峰|黄秋月|农志刚"
    assert (got["journal"], got["issue"], got["issn"], got["cn"]) == (
        "公路工程", "3", "1674-0610", "43-1481/U")


def test_a_reference_managers_info_pane_reads_its_title_wrapped_to_the_next_label():
    rows = [_PANE[0], ("标题：", "基于无人机倾斜摄影的山区公路"), ("", "高边坡变形监测方法研究"),
            *_PANE[2:]]
    got = values(_info_pane(rows))
    assert got["title"] == "基于无人机倾斜摄影的山区公路高边坡变形监测方法研究"
    assert got["authors"] == "陆海峰|黄秋月|农志刚"


def test_an_info_pane_with_two_titles_or_two_cns_reads_neither():
    """Two 标题 rows in the pane's column are two records (which is the paper's is not read);
    two different CN notes give no CN."""
    two = [*_PANE[:2], ("标题：", "水库大坝渗流监测技术研究"), *_PANE[2:]]
    from extractors._fields import index
    assert paper._tagged_record(index(_info_pane(two))) is None
    notes = [*_PANE, ("其他：", "CN: 11-2115/TU")]
    got = values(_info_pane(notes))
    assert got.get("cn") in (None, "") and got["authors"] == "陆海峰|黄秋月|农志刚"


def _record_page(fields, heading="高寒地区路基冻胀机理与防治措施研究"):
    """A library database's record page (a 期刊 record), its fields labelled in brackets one
    a line, its title the heading above them; the browser's tab, the site's name, its tabs
    and its search box (the title searched) over it, a box of other articles beside."""
    rows = [(20, 5, [heading[:12] + "_学术发现"], 9), (30, 30, ["学术发现", "文献检索"], 22),
            (300, 30, ["图书", "期刊", "报纸", "专利"], 10), (200, 55, [heading, "检索"], 10),
            *([(30, 90, [heading], 14)] if heading else []), (500, 90, ["推荐文章"], 12)]
    rows += [(30, 120 + 24 * i, [label, value], 12) for i, (label, value) in enumerate(fields)]
    rows += [(500, 120, ["1. 冻土区公路病害的调查与分析研究"], 12)]
    words = []
    for x, y, cells, size in rows:
        for cell in cells:
            words.append(Word(cell, BBox(x, y, x + size * len(cell), y + size), 1.0, size=size))
            x += size * len(cell) + 60
    return ReadDocument("论文.pdf", "1" * 64, (Page(1, 800.0, 600.0, tuple(sorted(
        words, key=lambda w: (w.bbox.top, w.bbox.x0))), "text_layer"),))


def test_a_database_record_pages_title_is_its_heading_above_the_bracketed_fields():
    """A record page (读秀, 知网's older pages) labels its fields 【作者】 【刊名】 … but not
    its title, which is the heading above them: not the site's name, its tabs (期刊), nor a
    title in the box of related articles."""
    doc = _record_page([("【作者】", "陈立新，赵雪梅"),
                        ("【作者单位】", "兰州交通大学土木工程学院"),
                        ("【刊名】", "公路交通科技"), ("【出版日期】", "2019"),
                        ("【期号】", "第6期"), ("【ISSN】", "1002-0268")])
    got = values(doc)
    assert got["title"] == "高寒地区路基冻胀机理与防治措施研究"
    assert got["authors"] == "陈立新|赵雪梅"
    assert (got["journal"], got["year"], got["issue"], got["issn"]) == (
        "公路交通科技", "2019", "6", "1002-0268")


def test_a_record_pages_title_is_never_read_off_its_column():
    """Where no heading stands over the bracketed fields at their left edge (the line above
    is the site's tabs and the box of other articles), the record's title is unread: never a
    tab's word nor another article's title."""
    doc = _record_page([("【作者】", "陈立新，赵雪梅"), ("【刊名】", "公路交通科技"),
                        ("【出版日期】", "2019"), ("【期号】", "第6期")], heading="")
    assert values(doc).get("title") in (None, "")


def _colon_record_page(fields, heading="期刊论文 寒区隧道衬砌防冻保温技术研究"):
    """A library's record page (NSTL, 万方's detail page): the site's logo and search bar,
    the record's heading (its type as a badge), then its fields labelled with a colon one a
    line in a column; the journal's panel beside (刊名 / ISSN / CN) and related articles."""
    rows = [(30, 20, ["文献中心"], 22), (300, 22, ["寒区隧道衬砌防冻保温技术研究", "检索"], 10),
            *([(40, 80, [heading], 16)] if heading else []),
            (700, 75, ["期刊信息"], 12), (700, 100, ["刊名", "隧道建设"], 10),
            (700, 124, ["ISSN", "1672-741X"], 10), (700, 148, ["CN", "44-1745/U"], 10)]
    rows += [(40, 110 + 26 * i, [label, value], 11) for i, (label, value) in enumerate(fields)]
    rows += [(700, 300, ["相关文献"], 12), (700, 330, ["1. 高寒隧道冻害机理研究综述"], 10)]
    words = []
    for x, y, cells, size in rows:
        for cell in cells:
            words.append(Word(cell, BBox(x, y, x + size * len(cell), y + size), 1.0, size=size))
            x += size * len(cell) + 40
    return ReadDocument("论文.pdf", "1" * 64, (Page(1, 800.0, 1000.0, tuple(sorted(
        words, key=lambda w: (w.bbox.top, w.bbox.x0))), "text_layer"),))


_COLON_FIELDS = [("作者：", "王立军；陈思雨"), ("机构：", "兰州交通大学土木工程学院"),
                 ("出处：", "隧道建设"), ("年卷期：", "2019, 39(6)"), ("页码：", "12-18"),
                 ("ISSN：", "1672-741X"), ("关键词：", "寒区隧道；保温层")]


def test_a_colon_labelled_record_pages_title_is_its_heading_not_the_sites_logo():
    """A record page labelling its fields 作者：/出处：/年卷期： in a column (no brackets) is
    read as one record: the title is the heading right above the column (less its 期刊论文
    badge), never the site's logo; the journal is the labelled source, never a label; year
    and issue from 年卷期; the journal's panel beside gives the CN."""
    got = values(_colon_record_page(_COLON_FIELDS))
    assert got["title"] == "寒区隧道衬砌防冻保温技术研究"
    assert (got["journal"], got["year"], got["issue"]) == ("隧道建设", "2019", "6")
    assert (got["issn"], got["cn"], got["authors"]) == ("1672-741X", "44-1745/U", "王立军|陈思雨")


def test_a_colon_labelled_record_page_without_a_heading_leaves_the_title_unread():
    """With no heading close above the labelled column, the title is unread: never the site's
    logo, the search box's words nor the panel's 期刊信息 or a related article."""
    got = values(_colon_record_page(_COLON_FIELDS, heading=""))
    assert got.get("title") in (None, "")
    assert got["journal"] == "隧道建设"


def _cite_dialog(first: str, wrapped: str,
                 title: str = "城市道路排水管网改造技术研究") -> ReadDocument:
    """A database's article page with its 引用 dialog over it: the dialog's title on the row of
    the page's affiliation line, the GB/T 7714 reference wrapped into a column of its own
    beside the page's abstract."""
    from _docs import line_words

    words = [*line_words(title, 60.0, x=120.0, size=16.0),
             *line_words("王建国  赵敏", 90.0, x=160.0),
             *line_words("引用", 110.0, x=60.0, size=14.0),
             *line_words("南宁市排水工程管理处，广西 南宁 530000", 112.0, x=140.0),
             *line_words("摘要：文章分析了老城区排水管网的改造问题。", 150.0, x=40.0),
             *line_words(first, 150.0, x=330.0),
             *line_words("提出了分区改造的方法。", 168.0, x=40.0),
             *line_words(wrapped, 168.0, x=330.0)]
    return ReadDocument("cite.pdf", "cite", (Page(1, 595.0, 842.0, tuple(words), "text_layer"),))


def test_a_citation_dialogs_gbt7714_reference_of_the_paper_is_read_across_its_wrap():
    got = values(_cite_dialog("[1]王建国,赵敏.城市道路排水管网改造技术研究[J].给水排水",
                              ",2019,45(8):101-105."))
    assert (got.get("journal"), got.get("year"), got.get("issue")) == ("给水排水", "2019", "8")


def test_a_reference_of_another_paper_is_not_the_papers_record():
    # a reference list cites others' papers in the same form: not this paper's journal
    got = values(_cite_dialog("[1]孙立.雨水管道设计方法探讨[J].给水排水",
                              ",2019,45(8):101-105."))
    assert (got.get("journal"), got.get("year"), got.get("issue")) == (None, None, None)


def test_a_journal_name_never_runs_on_to_an_affiliation_after_a_comma():
    # 引用 (a dialog's title) and an affiliation's unit on one row: no journal's name
    for unit in ("引用 桂林市第十八中学，广西 桂林 541000  ISSN 1000-4726",
                 "引用 桂林电子科技大学，广西 桂林 541000  ISSN 1000-4726"):
        doc = make_doc([unit, "高中物理实验教学的改进研究", "李华",
                        "摘要：本文研究了物理实验教学。"])
        assert values(doc).get("journal") is None


def test_a_journal_name_is_read_before_its_year_after_a_comma_or_its_chinese_numbered_issue():
    doc = make_doc(["中国给水排水，2020，36(4)  ISSN 1000-4602",
                    "高中物理实验教学的改进研究", "李华", "摘要：本文研究了物理实验教学。"])
    assert values(doc).get("journal") == "中国给水排水"
    doc = make_doc(["中国给水排水 第三期  ISSN 1000-4602",
                    "高中物理实验教学的改进研究", "李华", "摘要：本文研究了物理实验教学。"])
    assert values(doc).get("journal") == "中国给水排水"


def _signing_table(rows, header=("作者排序", "作者姓名", "所在单位", "本人签字")):
    """A journal's copyright form: the clauses, then the authors' table in signing order."""
    return table_doc(header, rows, col_x=[40.0, 150.0, 260.0, 470.0], above=[
        "《给水排水》杂志社", "作品版权许可使用协议书", "稿件题名：城市道路排水管网改造技术研究",
        "一、作者保证本作品为原创，署名顺序经全体作者确认。"],
        below=["通信作者：孙立  联系人：周平"])


def test_a_copyright_forms_authors_are_read_down_the_name_column_in_signing_order():
    unit = "南宁市排水工程管理处"
    got = values(_signing_table([("第一作者", "孙立", unit, ""), ("第二作者", "韦小兰", unit, ""),
                                 ("第三作者", "覃建华", unit, "")]))
    assert got.get("authors") == "孙立|韦小兰|覃建华"
    got = values(_signing_table([("1", "孙立", unit, ""), ("2", "韦小兰", unit, "")],
                                header=("署名次序", "姓 名", "工作单位", "签 名")))
    assert got.get("authors") == "孙立|韦小兰"


def test_a_name_table_without_the_signing_order_or_out_of_order_is_not_the_authors():
    unit = "南宁市排水工程管理处"
    # a lone corresponding author's row, a list starting past the first author, a roster
    for rows, header in (([("通讯作者", "孙立", unit, "")], None),
                         ([("第二作者", "韦小兰", unit, ""), ("第三作者", "覃建华", unit, "")],
                          None),
                         ([("1", "孙立", unit, ""), ("2", "韦小兰", unit, "")],
                          ("序号", "姓名", "工作单位", "职务"))):
        doc = _signing_table(rows, header) if header else _signing_table(rows)
        assert values(doc).get("authors") is None
