"""The comparing rules raise a flag only on a solid read; anything weaker is a low
FIELD_UNVERIFIED note naming the field (pipeline/checks/_compare.py)."""

from __future__ import annotations

import pytest

from pipeline.checks import (
    appointment_mismatch,
    education_mismatch,
    field_unverified,
    id_mismatch,
    name_mismatch,
    paper_author_absent,
    paper_mismatch,
)
from pipeline.checks._base import Case
from pipeline.model import (
    BBox,
    Evidence,
    Extraction,
    Field,
    Page,
    PageQuality,
    ReadDocument,
    Severity,
    Word,
)
from pipeline.report.tables import status_of
from tests.factories import BASE_FORM, context, form, id_number

CTX = context()


def read(file: str, kind: str, text: str, source: str = "text_layer", confidence: float = 1.0,
         **values: str) -> tuple[ReadDocument, Extraction]:
    """A one-page document printing `text` and an extraction of `values` read on it."""
    read_by = "text_layer" if source == "text_layer" else "ocr:test 1"
    doc = ReadDocument(file, "0", (Page(1, 600, 800, (Word(text, BBox(0, 0, 600, 20), confidence),),
                                        read_by),))
    evidence = Evidence(file, 1, BBox(0, 0, 10, 10), text[:20], source, confidence)  # type: ignore[arg-type]
    return doc, Extraction(file, kind, tuple(Field(k, v, evidence) for k, v in values.items()))


def case(*reads: tuple[ReadDocument, Extraction], **changes) -> Case:
    attachments = changes.pop("attachments", [])
    app = form(attachments=attachments, **changes)
    return Case(app, documents={d.file: d for d, _ in reads},
                extractions={e.file: e for _, e in reads},
                detected_kinds={e.file: e.kind for _, e in reads},
                present_files=frozenset(d.file for d, _ in reads))


def codes(rule, c: Case) -> list[str]:
    return [f.code for f in rule.check(c, CTX)]


def notes(c: Case, *, unread: bool = False) -> list[str]:
    """The case's "could not verify" notes; those for a field not read at all (the hand-built
    documents here print only the fields a test is about) only when `unread` is asked for."""
    return [f.message for f in field_unverified.check(c, CTX)
            if unread or "未能在文件上读出" not in f.message]


def test_a_heading_read_as_the_name_is_unverified_not_a_mismatch():
    c = case(read("硕士毕业证.pdf", "diploma", "研究生毕业证书 ……", name="毕业证书"))
    assert codes(name_mismatch, c) == []
    (note,) = notes(c)
    assert "硕士毕业证.pdf" in note and "姓名" in note and "毕业证书" in note


def test_another_persons_name_is_a_mismatch():
    c = case(read("职称证书.pdf", "title_certificate", "姓名 马海洋 ……", name="马海洋"))
    assert codes(name_mismatch, c) == ["NAME_MISMATCH"]
    assert notes(c) == []


def test_the_applicants_name_printed_elsewhere_on_the_page_settles_it():
    c = case(read("职称证书.pdf", "title_certificate", "持证人 张伟 审核人 马海洋", name="马海洋"))
    assert codes(name_mismatch, c) == [] and notes(c) == []


def test_one_character_off_on_a_document_otherwise_the_applicants_is_unverified():
    """A blurred copy of the applicant's own diploma turns one character into a look-alike;
    its birth date (or identity number) is still the applicant's: "could not verify"."""
    name, number = BASE_FORM["name"], BASE_FORM["id_number"]
    slipped = name[:-1] + ("洁" if name[-1] != "洁" else "浩")
    born = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"
    c = case(read("毕业证.jpg", "diploma", f"学生 {slipped} ……", source="ocr", confidence=0.95,
                  name=slipped, birth_date=born))
    assert codes(name_mismatch, c) == []
    (note,) = notes(c)
    assert "姓名" in note and "出生日期" in note
    c = case(read("职称证书.pdf", "title_certificate", f"姓名 {slipped} ……", name=slipped,
                  id_number=number))
    assert codes(name_mismatch, c) == [] and "身份证号" in notes(c)[0]


def test_a_given_name_garbled_on_a_copy_ocr_garbles_elsewhere_too_is_unverified():
    """A blurred photo of the applicant's own diploma: OCR turns 浩斌 into 活式 and 重庆大学 into
    重庆人学, and the birth date is the applicant's. The copy is misread, so its name may be:
    "could not verify". The same name on a copy read cleanly everywhere else, or under another
    surname, is still another person's."""
    number = BASE_FORM["id_number"]
    born = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"

    def diploma(name: str, school: str, source: str = "ocr"):
        return case(read("毕业证.jpg", "diploma", f"姓名 {name} ……", source=source,
                         confidence=0.93, name=name, birth_date=born, school=school),
                    name="黄浩斌")

    garbled = diploma("黄活式", "重庆人学")
    assert codes(name_mismatch, garbled) == []
    (note,) = notes(garbled)
    assert "姓名" in note and "重庆人学" in note and "识别误差" in note
    assert codes(name_mismatch, diploma("黄活式", "重庆大学")) == ["NAME_MISMATCH"]
    assert codes(name_mismatch, diploma("王活式", "重庆人学")) == ["NAME_MISMATCH"]
    assert codes(name_mismatch, diploma("黄活式", "重庆人学", "text_layer")) == ["NAME_MISMATCH"]
    # another school altogether is no misread
    assert codes(name_mismatch, diploma("黄活式", "湖南大学")) == ["NAME_MISMATCH"]


def test_a_name_short_of_a_character_on_a_document_otherwise_the_applicants_is_unverified():
    """OCR skips a character it cannot resolve (glare on a photographed screen, moiré): the
    applicant 欧阳明辉's own title certificate read 欧阳辉, carrying their identity number, is
    "could not verify"; read short of two characters, under another surname, or on a document
    carrying someone else's birth date, it is another person's name."""
    number = BASE_FORM["id_number"]
    born = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"

    def certificate(read_name: str, **values: str) -> Case:
        return case(read("职称证书.jpg", "title_certificate", f"持证人 {read_name} ……",
                         source="ocr", confidence=0.96, name=read_name, **values),
                    name="欧阳明辉")

    for short in ("欧阳辉", "欧阳明"):
        c = certificate(short, id_number=number)
        assert codes(name_mismatch, c) == [], short
        (note,) = notes(c)
        assert "姓名" in note and "身份证号" in note and "缺1字" in note, short
    assert codes(name_mismatch, certificate("欧阳明", birth_date=born)) == []
    assert codes(name_mismatch, certificate("欧阳", id_number=number)) == ["NAME_MISMATCH"]
    assert codes(name_mismatch, certificate("阳明辉", id_number=number)) == ["NAME_MISMATCH"]
    assert codes(name_mismatch, certificate("欧阳明", birth_date="1971-02-03")) == [
        "NAME_MISMATCH"]


def test_a_character_off_where_ocr_also_slipped_one_digit_of_the_birth_date_is_unverified():
    """A reduced photocopy of the applicant 李卫东's own certificate: OCR reads 季卫东 and the
    birth date 1990-08-12 for 1990-03-12, one glyph off in each. Another person's certificate
    carries their own birth date, not the applicant's but for one digit: "could not verify".
    Two digits off, a text layer's date, or a name off by more, is still another person."""
    number = BASE_FORM["id_number"]  # born 1990-03-12

    def copy(read_name: str, born: str, source: str = "ocr") -> Case:
        return case(read("学历证书.png", "diploma", f"学生{read_name}，男 ……", source=source,
                         confidence=0.9, name=read_name, birth_date=born), name="李卫东")

    assert number[6:14] == "19900312"
    c = copy("季卫东", "1990-08-12")
    assert codes(name_mismatch, c) == []
    (note,) = notes(c)
    assert "姓名" in note and "出生日期" in note and "识别误差" in note
    assert codes(name_mismatch, copy("季卫东", "1980-08-12")) == ["NAME_MISMATCH"]
    assert codes(name_mismatch, copy("季卫东", "1990-08-12", "text_layer")) == [
        "NAME_MISMATCH"]
    assert codes(name_mismatch, copy("季伟栋", "1990-08-12")) == ["NAME_MISMATCH"]


@pytest.mark.parametrize("other_birth, other_number", [(True, False), (False, True)])
def test_one_character_off_with_someone_elses_birth_date_or_number_is_a_mismatch(
        other_birth, other_number):
    name = BASE_FORM["name"]
    slipped = name[:-1] + ("洁" if name[-1] != "洁" else "浩")
    values = {"birth_date": "1971-02-03"} if other_birth else {}
    if other_number:
        values["id_number"] = id_number("45020219710203123")
    c = case(read("职称证书.pdf", "title_certificate", f"姓名 {slipped} ……", name=slipped,
                  **values))
    assert codes(name_mismatch, c) == ["NAME_MISMATCH"]


def test_a_low_confidence_ocr_read_is_unverified():
    c = case(read("聘书.jpg", "appointment_letter", "兹聘任马海洋", source="ocr", confidence=0.5,
                  name="马海洋"))
    assert codes(name_mismatch, c) == []
    assert "置信度" in notes(c)[0]


@pytest.mark.parametrize("read_title, flagged", [
    ("助理工程师职务", False), ("助理工程师（初级）岗位", False),
    ("同志为助理工程师专业技术职务", False),
    ("工程师", True), ("专业技术十级岗位", False), ("专业技术十二级岗位", False),
])
def test_appointment_titles_are_compared_without_the_words_around_them(read_title, flagged):
    text = f"兹聘任张伟同志为{read_title}，聘期自2019年1月至2021年12月"
    c = case(read("聘书.pdf", "appointment_letter", text, title=read_title, start="2019-01"))
    assert codes(appointment_mismatch, c) == (["APPOINTMENT_MISMATCH"] if flagged else [])
    assert bool(notes(c)) == (read_title == "专业技术十级岗位")  # 十级 is 中级, the title 初级


def test_an_appointment_month_in_another_written_form_agrees():
    c = case(read("聘书.pdf", "appointment_letter", "聘期自二〇一九年一月起", title="助理工程师",
                  start="2019-01"))
    assert codes(appointment_mismatch, c) == []
    c = case(read("聘书.pdf", "appointment_letter", "聘期自2018年3月起", title="助理工程师",
                  start="2018-03"))
    assert codes(appointment_mismatch, c) == ["APPOINTMENT_MISMATCH"]


def test_an_identity_number_failing_its_check_digit_is_unverified():
    declared = BASE_FORM["id_number"]
    slip = declared[:-1] + ("0" if declared[-1] != "0" else "1")
    other = id_number("45020219910101123")
    c = case(read("劳动合同.pdf", "contract", "身份证号", id_number=slip))
    assert codes(id_mismatch, c) == [] and len(notes(c)) == 1
    assert declared not in notes(c)[0] and slip not in notes(c)[0]  # masked
    c = case(read("劳动合同.pdf", "contract", "身份证号", id_number=other))
    assert codes(id_mismatch, c) == ["ID_MISMATCH"] and notes(c) == []


def test_majors_compare_with_their_direction_and_a_sentence_is_no_major():
    same = case(read("毕业证.pdf", "diploma", "……", school="重庆大学",
                     major="土木工程（建筑工程方向）",
                     level="本科", end="2012-06"))
    assert codes(education_mismatch, same) == [] and notes(same) == []
    other = case(read("毕业证.pdf", "diploma", "……", school="重庆大学", major="工程管理",
                      level="本科"))
    assert codes(education_mismatch, other) == ["EDUCATION_MISMATCH"]
    sentence = case(read("毕业证.pdf", "diploma", "……", school="重庆大学",
                         major="四年制本科学习", level="本科"))
    assert codes(education_mismatch, sentence) == [] and "专业" in notes(sentence)[0]


def test_a_masters_diploma_is_paired_with_the_masters_education():
    education = [dict(BASE_FORM["education"][0]),
                 {"level": "硕士研究生", "school": "重庆大学", "major": "结构工程",
                  "start": "2012-09",
                  "end": "2015-06", "degree": "硕士"}]
    c = case(read("硕士毕业证.pdf", "diploma", "……", school="重庆大学", major="结构工程",
                  level="硕士研究生", end="2015-06"), education=education)
    assert codes(education_mismatch, c) == [] and notes(c) == []


def test_paper_fields_compare_as_a_reviewer_reads_them():
    attachments = [{"file": "论文1.pdf", "kind": "paper", "paper_index": 0}]
    ok = case(read("论文1.pdf", "paper", "《建築技術》2022年第3期 ISSN 1000-4726",
                   title="软土地基处理技术研究", journal="建築技術", issn="1000-4726",
                   year="2022", authors="张伟|李强"), attachments=attachments)
    assert (codes(paper_mismatch, ok) == [] and codes(paper_author_absent, ok) == []
            and notes(ok) == [])
    garbled = case(read("论文1.pdf", "paper", "……", issn="1000-47Z6", authors="张伟1李强|周"),
                   attachments=attachments)
    assert codes(paper_mismatch, garbled) == [] and codes(paper_author_absent, garbled) == []
    assert {n.split("：")[0] for n in notes(garbled)} == {"无法核验 论文1.pdf 的ISSN",
                                                          "无法核验 论文1.pdf 的作者"}


def test_a_note_is_low_and_leaves_the_applicant_clear():
    from pipeline.model import ApplicantResult

    c = case(read("毕业证.pdf", "diploma", "研究生毕业证书", name="毕业证书"))
    flags = tuple(field_unverified.check(c, CTX))
    assert [f.severity for f in flags] == [Severity.LOW]
    result = ApplicantResult("T001", "张伟", "某单位", "某局", "中级", flags=flags)
    assert status_of(result) == "clear"


def test_a_field_not_read_at_all_is_a_note_unless_the_declared_value_is_printed():
    # a paper whose byline was not read, the applicant's name nowhere on it
    c = case(read("论文1.pdf", "paper", "基于数字经济的项目投资决策研究 李明 王芳",
                  title="基于数字经济的项目投资决策研究"))
    assert codes(paper_author_absent, c) == []  # nothing read: never a finding
    assert notes(c, unread=True) == [
        "无法核验 论文1.pdf 的作者：未能在文件上读出作者，文件上也找不到申报的“张伟”；"
        "申报为“张伟”，请人工核对原件"]
    # the name is printed on it: a reviewer finds it there, no note
    c = case(read("论文1.pdf", "paper", "基于数字经济的项目投资决策研究 张伟 王芳",
                  title="基于数字经济的项目投资决策研究"))
    assert notes(c, unread=True) == []
    # a list of several people on which the applicant's row was not found
    c = case(read("继续教育证明.pdf", "continuing_education", "序号 姓名 合计学时 1 黄海 120",
                  year="2023"))
    assert codes(name_mismatch, c) == [] and len(notes(c, unread=True)) == 1


def test_a_school_read_from_a_seals_arc_in_pieces_is_unverified():
    # 广西大学 on the seal read as 西大 / 西大学: not a school name as written
    c = case(read("毕业证.jpg", "diploma", "学历证明书 ……", source="ocr", confidence=0.99,
                  school="西大西大学", major="土木工程", level="本科"))
    assert codes(education_mismatch, c) == []
    assert any("学校" in n for n in notes(c))


def test_a_term_not_running_whole_years_is_doubted_not_flagged():
    # 2017.08-2020.02 on a 三年 term: the 3 of 2017.03 read as an 8
    doubtful = case(read("聘书.jpg", "appointment_letter", "聘任期限 2017.08-2020.02", source="ocr",
                         confidence=0.97, title="助理工程师", start="2017-08", end="2020-02"))
    assert codes(appointment_mismatch, doubtful) == []
    assert any("聘任时间" in n for n in notes(doubtful))
    whole = case(read("聘书.jpg", "appointment_letter", "聘任期限 2017.08-2020.07", source="ocr",
                      confidence=0.97, title="助理工程师", start="2017-08", end="2020-07"))
    assert codes(appointment_mismatch, whole) == ["APPOINTMENT_MISMATCH"]


def test_a_kind_of_school_is_no_school_even_misread():
    """普通高等学校 is the heading every diploma prints, not where anyone studied: read as the
    school (whole or a character off), it is "could not verify", never another school."""
    for heading in ("成人高等学校", "成人高寺学校"):
        c = case(read("毕业证.jpg", "diploma", heading, source="ocr", confidence=0.97,
                      school=heading, major="土木工程", level="本科"))
        assert codes(education_mismatch, c) == [], heading
        assert any("学校" in n and heading in n for n in notes(c)), heading
    real = case(read("毕业证.jpg", "diploma", "……", source="ocr", confidence=0.97,
                     school="桂林高等专科学校", major="土木工程", level="本科"))
    assert codes(education_mismatch, real) == ["EDUCATION_MISMATCH"]


def test_a_given_name_off_on_a_copy_whose_printed_heading_ocr_garbled_is_unverified():
    """A blurred photo of the applicant's own diploma (birth date theirs): OCR read its
    heading 毕业证书 as 华业证书, so a given name two characters off on it may be misread too;
    the same name on a copy whose heading was read right is another person's."""
    number = BASE_FORM["id_number"]
    born = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"

    def diploma(heading: str):
        words = (Word(heading, BBox(200, 40, 400, 70), 0.9),
                 Word("学生韦文彬，性别男", BBox(60, 100, 500, 120), 0.9))
        doc = ReadDocument("毕业证.jpg", "0", (Page(1, 600, 800, words, "ocr:test 1"),))
        evidence = Evidence("毕业证.jpg", 1, BBox(60, 100, 500, 120), "学生韦文彬", "ocr", 0.9)
        fields = (Field("name", "韦文彬", evidence), Field("birth_date", born, evidence))
        return Case(form(name="韦志刚"), documents={doc.file: doc},
                    extractions={doc.file: Extraction(doc.file, "diploma", fields)},
                    detected_kinds={doc.file: "diploma"}, present_files=frozenset({doc.file}))

    garbled = diploma("华业证书")
    assert codes(name_mismatch, garbled) == []
    assert any("华业证书" in n and "识别误差" in n for n in notes(garbled))
    assert codes(name_mismatch, diploma("毕业证书")) == ["NAME_MISMATCH"]


def test_a_given_name_off_on_a_copy_whose_stock_wording_ocr_garbled_is_unverified():
    """A screenshot of the applicant's own diploma (birth date theirs) whose statement OCR read
    修完…课桯，戍绩合格，准予毕止: words every diploma prints came out wrong, so a given name
    two characters off on it may be misread too. The same name on a copy whose wording was
    read right, or on one carrying another birth date, or under another surname, is another
    person's."""
    number = BASE_FORM["id_number"]
    own = f"{number[6:10]}年{int(number[10:12])}月{int(number[12:14])}日"

    def diploma(name: str, statement: str, born: str = own):
        lines = (f"学生{name}，性别女，{born}生，于2006年9月至",
                 "2010年7月在本校护理学专业四年制本科学习，", statement)
        words = tuple(Word(t, BBox(60, 100 + 30 * i, 560, 120 + 30 * i), 0.95)
                      for i, t in enumerate(lines))
        doc = ReadDocument("毕业证.jpg", "0", (Page(1, 600, 800, words, "ocr:test 1"),))
        evidence = Evidence("毕业证.jpg", 1, words[0].bbox, name, "ocr", 0.95)
        date = born.replace("年", "-").replace("月", "-").rstrip("日").split("-")
        fields = (Field("name", name, evidence),
                  Field("birth_date", "{}-{:02d}-{:02d}".format(*map(int, date)), evidence))
        return Case(form(name="潘建国"), documents={doc.file: doc},
                    extractions={doc.file: Extraction(doc.file, "diploma", fields)},
                    detected_kinds={doc.file: "diploma"}, present_files=frozenset({doc.file}))

    garbled = "修完培养方案规定的全部课桯，戍绩合格，准予毕止。"
    clean = "修完培养方案规定的全部课程，成绩合格，准予毕业。"
    c = diploma("潘连因", garbled)
    assert codes(name_mismatch, c) == []
    assert any("固定文字" in n and "识别误差" in n for n in notes(c))
    assert codes(name_mismatch, diploma("潘连因", clean)) == ["NAME_MISMATCH"]
    assert codes(name_mismatch, diploma("潘连因", garbled, "1971年2月3日")) == ["NAME_MISMATCH"]
    assert codes(name_mismatch, diploma("蒋连因", garbled)) == ["NAME_MISMATCH"]


def test_a_given_name_off_beside_a_misread_sex_label_on_the_applicants_own_card_is_unverified():
    """An identity page (户口簿 style: 姓名 覃晓东 性别 男 on one line) photographed blurred,
    birth date the applicant's: the label right after the name came out 性刖, so the given
    name two characters off beside it was read through the same blur -- "could not verify".
    With the label read right it is another person's name."""
    number = BASE_FORM["id_number"]
    born = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"

    def card(label: str):
        words = (Word(f"姓名 覃晓东 {label} 男 民族 壮", BBox(60, 100, 560, 120), 0.9),)
        doc = ReadDocument("户口本.jpg", "0", (Page(1, 600, 800, words, "ocr:test 1"),))
        evidence = Evidence("户口本.jpg", 1, BBox(60, 100, 560, 120), "覃晓东", "ocr", 0.9)
        fields = (Field("name", "覃晓东", evidence), Field("birth_date", born, evidence))
        return Case(form(name="覃立新"), documents={doc.file: doc},
                    extractions={doc.file: Extraction(doc.file, "id_card", fields)},
                    detected_kinds={doc.file: "id_card"}, present_files=frozenset({doc.file}))

    garbled = card("性刖")
    assert codes(name_mismatch, garbled) == []
    assert any("性刖男" in n and "识别误差" in n for n in notes(garbled))
    assert codes(name_mismatch, card("性别")) == ["NAME_MISMATCH"]


def test_a_title_fragment_or_a_column_header_read_as_school_or_major_is_unverified():
    """A decision's title tail (…届研究生硕士学位的决定各学院) caught as the school, a list's
    column header (姓名) caught as the major: neither is a school or a major, so "could not
    verify", never a mismatch; a real other school still is one."""
    for school, major in (("届研究生硕士学位的决定各学院", "土木工程"),
                          ("重庆大学", "证书编号"), ("关于公布学位名单的通知各学院", "学号")):
        c = case(read("学位证.pdf", "degree", "……", source="ocr", confidence=0.97,
                      school=school, major=major, degree="学士"))
        assert codes(education_mismatch, c) == [], (school, major)
        assert notes(c), (school, major)
    other = case(read("学位证.pdf", "degree", "……", source="ocr", confidence=0.97,
                      school="西南交通大学", major="土木工程", degree="学士"))
    assert codes(education_mismatch, other) == ["EDUCATION_MISMATCH"]


def test_a_bachelors_degree_is_paired_with_the_undergraduate_education():
    """A 学士 degree read with nothing else telling its education apart is held to the 本科
    education, whose degree it is, never to the master's listed before it."""
    education = [{"level": "硕士研究生", "school": "湖南大学", "major": "结构工程",
                  "start": "2012-09", "end": "2015-06", "degree": "硕士"},
                 dict(BASE_FORM["education"][0], degree="学士")]
    c = case(read("学位证.pdf", "degree", "……", degree="工学学士"), education=education)
    assert codes(education_mismatch, c) == []


def test_a_certificate_nothing_pairs_with_one_of_two_educations_is_unverified():
    """A photographed master's diploma whose number, level and school were not read, and whose
    graduation month is not the one declared first: a reviewer cannot tell which declared
    education it is, so its month against the bachelor's is "could not verify". With one
    education declared, or with its level read, the same month is a finding."""
    bachelor = dict(BASE_FORM["education"][0])
    master = {"level": "硕士研究生", "school": "重庆大学", "major": "结构工程",
              "start": "2012-09", "end": "2015-06", "degree": "硕士"}
    months = {"start": "2013-09", "end": "2016-06"}  # neither row's
    two = case(read("硕士毕业证.jpg", "diploma", "……", **months),
               education=[bachelor, master])
    assert codes(education_mismatch, two) == []
    assert any("毕业时间" in n and "对应哪一段" in n for n in notes(two))
    one = case(read("硕士毕业证.jpg", "diploma", "……", **months), education=[master])
    assert codes(education_mismatch, one) == ["EDUCATION_MISMATCH"]
    leveled = case(read("硕士毕业证.jpg", "diploma", "……", level="硕士研究生", **months),
                   education=[bachelor, master])
    assert codes(education_mismatch, leveled) == ["EDUCATION_MISMATCH"]
    # its own years pair it with the master's, which it agrees with
    own = case(read("硕士毕业证.jpg", "diploma", "……", start="2012-09", end="2015-06"),
               education=[bachelor, master])
    assert codes(education_mismatch, own) == [] and notes(own) == []


def test_a_major_read_with_a_misread_word_run_into_it_is_unverified():
    """A blurred photo's prose 在本校结构工程专业 read 在本腔绍构工程专业: the major read holds
    the declared one, a character off, behind two the sentence lent it; no other major, so
    "could not verify". A read whose other characters outnumber the declared major's is
    another major (建筑学 declared, 建筑环境与能源应用工程 read)."""
    noisy = case(read("毕业证.jpg", "diploma", "……", source="ocr", confidence=0.9,
                      school="重庆大学", major="本腔绍木工程", level="本科"))
    assert codes(education_mismatch, noisy) == [] and "专业" in notes(noisy)[0]
    other = case(read("毕业证.pdf", "diploma", "……", school="重庆大学",
                      major="建筑环境与能源应用工程", level="本科"),
                 education=[{**BASE_FORM["education"][0], "major": "建筑学"}])
    assert codes(education_mismatch, other) == ["EDUCATION_MISMATCH"]
    near = case(read("毕业证.jpg", "diploma", "……", source="ocr", confidence=0.9,
                     school="重庆大学", major="电子信息工程", level="本科"),
                education=[{**BASE_FORM["education"][0], "major": "通信工程"}])
    assert codes(education_mismatch, near) == ["EDUCATION_MISMATCH"]


def _wrapped_major(major: str, evidence_text: str, source: str = "ocr") -> Case:
    """A diploma whose major OCR read over a line break (`evidence_text` holds the wrap)."""
    doc, extraction = read("毕业证.jpg", "diploma", "……", source=source, confidence=0.9,
                           school="重庆大学", level="本科", end="2012-06")
    evidence = Evidence("毕业证.jpg", 1, BBox(0, 0, 10, 10), evidence_text, source, 0.9)  # type: ignore[arg-type]
    fields = (*extraction.fields, Field("major", major, evidence))
    education = [dict(BASE_FORM["education"][0], major="电气工程及其自动化")]
    return case((doc, Extraction(extraction.file, extraction.kind, fields)), education=education)


def test_a_major_read_short_over_a_line_break_is_unverified_not_another_major():
    # 电气工程及其自动化 with 气工程 lost at the wrap and 化 misread: 电及 / 其动理
    lost = _wrapped_major("电及其动理", "电及\n其动理")
    assert codes(education_mismatch, lost) == [] and "专业" in notes(lost)[0]


@pytest.mark.parametrize(("major", "text", "source"), [
    ("土木工程", "土木\n工程", "ocr"),  # another major sharing only 工程
    ("电及其动理", "电及其动理", "ocr"),  # no line break: nothing was lost at a wrap
    ("电及其动理", "电及\n其动理", "text_layer"),  # a text layer loses nothing at a wrap
])
def test_a_short_major_not_lost_at_an_ocr_wrap_is_another_major(major, text, source):
    assert codes(education_mismatch, _wrapped_major(major, text, source)) == ["EDUCATION_MISMATCH"]


def small_print_read(char_px: float, confidence: float) -> tuple[ReadDocument, Extraction]:
    """A photographed card (1200x800 image) whose holder's name, 邓子豪, OCR read at
    `confidence` in characters `char_px` image pixels wide."""
    quality = PageQuality(1200, 800, sharpness=150.0, colourfulness=6.0, red_seal_ratio=0.0)
    line = Word("持证人：邓子豪", BBox(100, 200, 100 + 7 * char_px, 200 + char_px * 1.5),
                confidence)
    doc = ReadDocument("职称证书.jpg", "0",
                       (Page(1, 1200, 800, (line,), "ocr:test 1", quality=quality),))
    box = BBox(100 + 4 * char_px, 200, 100 + 7 * char_px, 200 + char_px * 1.5)
    name = Field("name", "邓子豪", Evidence("职称证书.jpg", 1, box, "邓子豪", "ocr", confidence))
    return doc, Extraction("职称证书.jpg", "title_certificate", (name,))


def test_a_name_in_print_too_small_for_ocr_is_unverified_unless_read_clearly():
    # a certificate shown small (a preview pane, a thumbnail): 9 px a character at 0.88
    c = case(small_print_read(9, 0.88))
    assert codes(name_mismatch, c) == []
    assert "姓名" in notes(c)[0] and "文字过小" in notes(c)[0]
    # the same small print read clearly, or ordinary print at the same confidence, is a finding
    assert codes(name_mismatch, case(small_print_read(9, 0.98))) == ["NAME_MISMATCH"]
    assert codes(name_mismatch, case(small_print_read(20, 0.88))) == ["NAME_MISMATCH"]
