from __future__ import annotations

from _docs import make_doc

from extractors import paper


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
