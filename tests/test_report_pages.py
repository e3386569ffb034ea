"""The reviewers' pages built from hand-made results: what each page must say, the one-time
notice and its PDF, masking, offline-only resources. (The browser tests drive the pages of a
real run; these pin the content quickly.)"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pymupdf
import pytest

from pipeline import policy as policies
from pipeline.model import (
    ApplicantResult,
    BBox,
    Clause,
    DocumentKind,
    Evidence,
    Extraction,
    Field,
    FileRecord,
    Flag,
    RuleError,
    Severity,
)
from pipeline.report.applicant_page import applicant_page
from pipeline.report.artifacts import applicant_table, summary_markdown
from pipeline.report.evidence import EvidenceImage
from pipeline.report.html import write_html
from pipeline.report.index_page import index_page
from pipeline.report.notice import notice_html, notice_items, notice_pdf
from pipeline.report.summary import summarise
from pipeline.report.tables import unit_rows
from pipeline.report.units_page import units_page
from tests.factories import id_number

POLICY = policies.load("liuzhou-2024")
ID = id_number("45020219900312123")
MASKED = ID[:4] + "*" * 10 + ID[-4:]
CLAUSE = Clause(POLICY.notice, "三（二）3", "搭建涉嫌非法出版物数据库")

ON_PAGE = Evidence("论文2.pdf", 1, BBox(100, 60, 260, 74), "中华教育杂志", "text_layer", 1.0)
BLACKLISTED = Flag("JOURNAL_BLACKLISTED", Severity.CRITICAL, "A1",
                   "申报论文所载期刊命中疑似问题期刊库",
                   declared="中华教育杂志 ISSN 1684-0445", reference="中华教育杂志（illegal）",
                   evidence=(Evidence.declared("papers[0].journal", "中华教育杂志"), ON_PAGE,
                             Evidence.reference("blacklist", "中华教育杂志：issn 100")),
                   clause=CLAUSE)
ID_MISMATCH = Flag("ID_MISMATCH", Severity.HIGH, "A1", f"职称证书上的身份证号 {ID} 与申报不一致",
                   declared=ID, found=ID[:-2] + "00",
                   evidence=(Evidence("职称证书.pdf", 1, BBox(1, 1, 2, 2), f"身份证号 {ID}", "ocr",
                                      0.93),))
MISSING = Flag("MATERIAL_MISSING", Severity.MEDIUM, "A1", "缺少劳动合同或聘用合同",
               evidence=(Evidence.declared("attachments", "未提供可读的劳动/聘用合同"),),
               clause=Clause("credcheck default (notice silent)", "参照 许昌 2023 二（五）",
                             "通知未列明该项材料"))
UNREADABLE = Flag("DOC_UNREADABLE", Severity.MEDIUM, "A1", "文件 坏.pdf 无法打开或解码",
                  evidence=(Evidence("坏.pdf", None, None, "not a PDF", "metadata"),))
QUALITY = Flag("DOC_QUALITY_LOW", Severity.LOW, "A1", "第1页模糊",
               evidence=(Evidence("毕业证.jpg", 1, None, "清晰度 12", "metadata"),))

FILES = (
    FileRecord("A1", "论文2.pdf", "paper", "paper", 1, "text_layer", "ok"),
    FileRecord("A1", "职称证书.pdf", "title_certificate", "title_certificate", 1, "ocr", "ok"),
    FileRecord("A1", "毕业证.jpg", "diploma", "degree", 1, "ocr", "ok"),
    FileRecord("A1", "坏.pdf", "contract", "", 0, "none", "unreadable", "not a PDF"),
    FileRecord("A1", "聘书.jpg", "appointment_letter", "", 0, "none", "missing",
               "declared but not uploaded"),
)
CERT = Extraction("职称证书.pdf", DocumentKind.TITLE_CERTIFICATE,
                  fields=(Field("id_number", ID, ID_MISMATCH.evidence[0]),
                          Field("name", "张伟", ON_PAGE)))
A1 = ApplicantResult("A1", "张伟", "柳州某某科技有限公司", "柳州市工业和信息化局", "中级",
                     flags=(MISSING, QUALITY, ID_MISMATCH, BLACKLISTED, UNREADABLE), files=FILES,
                     extractions=(CERT,), errors=(RuleError("SS_NO_RECORD", "未提供社保数据"),))
A2 = ApplicantResult("A2", "李娜", "柳州某某科技有限公司", "柳州市工业和信息化局", "初级")
A3 = ApplicantResult("A3", "王强", "柳州市第一中学", "柳州市教育局", "中级", flags=(QUALITY,))
RESULTS = [A1, A2, A3]


class Text(HTMLParser):
    """The visible text and every attribute value of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag, attrs) -> None:
        self.parts.extend(v or "" for _, v in attrs)


def text_of(html: str) -> str:
    parser = Text()
    parser.feed(html)
    return " ".join(parser.parts)


def test_applicant_page_banner_groups_and_flag_content():
    image = EvidenceImage("evidence/A1/1.png", 320, 90, "论文2.pdf", 1, True)
    html = applicant_page(A1, {ON_PAGE: image}, POLICY, notice_items(A1), "notices/A1.pdf")
    assert re.search(r'class="banner ineligible"[^>]*>不符合申报条件', html)
    groups = re.findall(r'<section class="sev-group" data-severity="(\w+)"', html)
    assert groups == ["critical", "high", "medium", "low"]
    card = html[html.index('data-code="JOURNAL_BLACKLISTED"'):]
    card = card[:card.index("</article>")]
    assert "疑似非法/预警期刊" in card and "申报论文所载期刊命中疑似问题期刊库" in card
    assert f"《{POLICY.title}》 三（二）3" in card and "搭建涉嫌非法出版物数据库" in card
    assert "中华教育杂志 ISSN 1684-0445" in card and "中华教育杂志（illegal）" in card
    assert '<img src="evidence/A1/1.png" width="320" height="90"' in card
    assert "论文2.pdf 第1页" in card
    # a rule that could not run is shown, not hidden
    assert "SS_NO_RECORD: not checked: 未提供社保数据" in html
    assert "通知未作规定，系统默认" in html and "credcheck default" not in html


def test_applicant_page_lists_files_with_what_was_detected():
    html = applicant_page(A1, {}, POLICY)
    files = html[html.index('<table id="files">'):]
    assert files.count("<tr data-status=") == len(FILES)
    assert "现职称证书" in files and f"身份证号 {MASKED}" in files and "姓名 张伟" in files
    assert "学历证书</td><td>学位证书 ⚠" in files  # declared diploma, content is a degree
    assert "未上传" in files and "无法读取" in files


def test_identity_numbers_are_masked_in_every_page(tmp_path):
    write_html(RESULTS, tmp_path, "测试窗口", summarise("测试窗口", RESULTS, 1.0, POLICY.title),
               POLICY)
    pages = list((tmp_path / "reports").glob("*.html"))
    assert {p.name for p in pages} == {"A1.html", "A2.html", "A3.html", "index.html", "units.html"}
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert ID not in html and ID[:-2] + "00" not in html, path.name
    assert MASKED in (tmp_path / "reports" / "A1.html").read_text(encoding="utf-8")


def test_pages_reference_no_network_resource(tmp_path):
    write_html(RESULTS, tmp_path, "测试窗口", summarise("测试窗口", RESULTS, 1.0, POLICY.title),
               POLICY)
    for path in (tmp_path / "reports").glob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r'(src|href)\s*=\s*"?(https?:)?//', html, re.I), path.name
        assert not re.search(r"url\(|@import|<link\b", html, re.I), path.name


def test_notice_lists_every_remediable_item_once_and_nothing_else():
    items = notice_items(A1.with_(flags=A1.flags + (MISSING,)), {"MATERIAL_MISSING": "依据条款"})
    texts = [i.text for i in items]
    assert texts == [
        "请补充提交：劳动合同或聘用合同",
        "《毕业证.jpg》第1页图像模糊或分辨率过低，请重新扫描后上传",
        "《坏.pdf》无法打开或读取，请重新上传完整、可打开的文件",
        "申报表中列出的《聘书.jpg》未上传，请上传该文件",
    ]
    assert items[0].basis == "依据条款"
    assert notice_items(A2) == []


def test_notice_pdf_is_a_real_pdf_with_extractable_chinese():
    fragment = notice_html(A1, notice_items(A1), "柳州市职称改革工作领导小组办公室")
    data = notice_pdf(fragment)
    assert data.startswith(b"%PDF-")
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        text = "".join(page.get_text() for page in pdf)
    compact = re.sub(r"\s+", "", text)
    assert "一次性告知书" in compact
    assert "请补充提交：劳动合同或聘用合同" in compact
    assert "张伟" in compact and "柳州市职称改革工作领导小组办公室" in compact
    assert ID not in compact


def test_index_rows_carry_what_the_filters_use():
    summary = summarise("测试窗口", RESULTS, 75.0, POLICY.title)
    html = index_page(RESULTS, "测试窗口", summary)
    rows = re.findall(r'<tr data-id="(\w+)" data-status="(\w+)" data-severities="([\w ]*)" '
                      r'data-codes="([\w ]*)"', html)
    assert rows == [
        ("A1", "ineligible", "critical high medium low",
         "DOC_QUALITY_LOW DOC_UNREADABLE ID_MISMATCH JOURNAL_BLACKLISTED MATERIAL_MISSING"),
        ("A3", "clear", "low", "DOC_QUALITY_LOW"),  # a low remark alone leaves an applicant clear
        ("A2", "clear", "", ""),
    ]
    for select in ("status", "severity", "code", "unit", "department"):
        assert f'<select id="{select}">' in html
    assert ('<option value="柳州市教育局">' in html
            and '<option value="ID_MISMATCH">身份证号不符（ID_MISMATCH）' in html)
    assert "1 分 15 秒" in html and "适用文件" in html
    unreadable = html[html.index('<table id="unreadable">'):]
    assert "坏.pdf" in unreadable and "not a PDF" in unreadable


def test_units_page_marks_what_units_csv_marks():
    html = units_page(RESULTS, POLICY, "测试窗口")
    rows = unit_rows(RESULTS, POLICY)
    marked = {(r["scope"], r["unit"] or r["department"]) for r in rows if r["marked"] == "yes"}
    assert marked == {("unit", "柳州某某科技有限公司"), ("department", "柳州市工业和信息化局")}
    shown = re.findall(
        r'<tr class="marked" data-marked="yes"><td>'
        r'<a href="index.html#(unit|department)=[^"]+">([^<]+)</a>', html)
    assert set(shown) == marked
    assert "50.0%" in html and "达到或超过 10%，须作出说明" in html and "达到或超过 20%" in html
    assert POLICY.unit_flag_ratio.clause.text in html


A4 = ApplicantResult("A4", "赵敏", "柳州市第一中学", "柳州市教育局", "中级",
                     flags=(QUALITY, UNREADABLE))


@pytest.mark.parametrize("status, result",
                         [("clear", A2), ("clear", A3), ("review", A4), ("ineligible", A1)])
def test_banner_status(status, result):
    assert f'class="banner {status}"' in applicant_page(result)


def test_artifacts_summarise_the_run_for_the_prefect_ui(tmp_path):
    summary = summarise("测试窗口", RESULTS, 75.0, POLICY.title)
    markdown = summary_markdown(summary, RESULTS, POLICY, tmp_path)
    assert markdown.startswith("# 职称评审材料核查：测试窗口")
    assert "| 申报人 | 3 |" in markdown and "| 不符合申报条件 | 1 |" in markdown
    assert "| 严重 | `JOURNAL_BLACKLISTED` | 疑似非法/预警期刊 | 1 |" in markdown
    assert "| 低 | `DOC_QUALITY_LOW` | 文件质量差 | 2 |" in markdown
    assert "| 申报单位 | 柳州某某科技有限公司 | 2 | 1 | 50% |" in markdown
    assert "| A1 | 坏.pdf | 无法读取 | not a PDF |" in markdown
    assert str(tmp_path.resolve() / "reports" / "index.html") in markdown
    table = applicant_table(RESULTS)
    assert [r["申报人编号"] for r in table] == ["A1", "A3", "A2"]
    assert table[0]["状态"] == "不符合申报条件" and table[0]["严重"] == "1"
    assert ID not in markdown + str(table)


# -- the template environment: escaping, well-formed pages, hostile values -------------------------

EVIL = "<script>alert(1)</script>"
EVIL_FILE = 'a"b&c<img src=x onerror=alert(2)>.pdf'
VOID = {"meta", "br", "img", "input"}


class Tree(HTMLParser):
    """Tags (balanced, void elements aside), script elements, and the text and attribute values
    of a page, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.scripts = 0
        self.text: list[str] = []
        self.attrs: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.add(tag)
        self.scripts += tag == "script"
        self.attrs.extend(v or "" for _, v in attrs)
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag) -> None:
        if not self.open or self.open.pop() != tag:
            self.problems.append(f"</{tag}> closes nothing open")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert tree.problems == [] and tree.open == [], (tree.problems, tree.open)
    return tree


def hostile_result() -> tuple[ApplicantResult, dict]:
    """An applicant whose every text field is markup, with files named to break attributes."""
    on_page = Evidence(EVIL_FILE, 2, BBox(1, 2, 3, 4), f"读取 {EVIL} {ID}", "ocr", 0.5)
    no_image = Evidence(EVIL_FILE, 3, None, EVIL, "text_layer")
    flags = (
        Flag("JOURNAL_BLACKLISTED", Severity.CRITICAL, EVIL, EVIL, declared=EVIL,
             reference=EVIL_FILE,
             evidence=(on_page, no_image, Evidence.reference("blacklist", EVIL),
                       Evidence.declared("x", EVIL)),
             clause=Clause(POLICY.notice, EVIL, EVIL)),
        Flag("DOC_UNREADABLE", Severity.MEDIUM, EVIL, EVIL,
             evidence=(Evidence(EVIL_FILE, None, None, EVIL, "metadata"),)),
        Flag("MATERIAL_MISSING", Severity.MEDIUM, EVIL, f"缺少{EVIL}",
             evidence=(Evidence.declared("attachments", EVIL),)),
    )
    files = (FileRecord(EVIL, EVIL_FILE, "paper", "degree", 3, "ocr", "unreadable", EVIL),
             FileRecord(EVIL, f"{EVIL}.jpg", "appointment_letter", "", 0, "none", "missing", ""))
    result = ApplicantResult(EVIL, EVIL, f"单位{EVIL}", f"部门{EVIL_FILE}", f"中级{EVIL}",
                             flags=flags, files=files,
                             errors=(RuleError(None, f"{EVIL} {ID}"),))
    images = {on_page: EvidenceImage(f"evidence/{EVIL_FILE}", 100, 50, EVIL_FILE, 2, True),
              no_image: EVIL}
    return result, images


def test_hostile_values_are_text_in_every_page_never_markup():
    result, images = hostile_result()
    results = [*RESULTS, result]
    pages = {
        "applicant": (applicant_page(result, images, POLICY, notice_items(result),
                                     f"notices/{EVIL_FILE}", EVIL), 1),
        "overview": (index_page(results, EVIL, summarise(EVIL, results, 1.0, EVIL)), 1),
        "units": (units_page(results, POLICY, EVIL), 0),
        "notice": (notice_html(result, notice_items(result), EVIL), 0),
    }
    for name, (html, scripts) in pages.items():
        tree = parse(html)
        assert tree.scripts == scripts, name  # the page's own script only
        # the evidence figure's, nothing injected
        assert "img" not in tree.tags or name == "applicant", name
        assert "<script>alert" not in html and "<img src=x" not in html, name
        text, attrs = "".join(tree.text), tree.attrs
        assert EVIL in text, name  # shown as the text it is
        assert ID not in html and ID not in text and ID not in " ".join(attrs), name
    applicant, overview = (parse(pages[k][0]) for k in ("applicant", "overview"))
    # a file name with " and & stays one attribute value
    assert f"evidence/{EVIL_FILE}" in applicant.attrs
    assert f"notices/{EVIL_FILE}" in applicant.attrs
    assert f"{EVIL_FILE} 第2页证据截图" in applicant.attrs
    assert EVIL_FILE in "".join(applicant.text) and "&amp;c" in pages["applicant"][0]
    assert f"部门{EVIL_FILE}" in overview.attrs  # the department filter's option and row data
    assert f"{EVIL} {MASKED}" in overview.attrs  # the unfinished checks, masked in the title too


def test_fixture_pages_are_well_formed():
    image = EvidenceImage("evidence/A1/1.png", 320, 90, "论文2.pdf", 1, True)
    summary = summarise("测试窗口", RESULTS, 75.0, POLICY.title)
    for html in (applicant_page(A1, {ON_PAGE: image}, POLICY, notice_items(A1), "notices/A1.pdf",
                                "办公室"),
                 applicant_page(A2), index_page(RESULTS, "测试窗口", summary),
                 units_page(RESULTS, POLICY, "测试窗口"),
                 index_page([], "空", summarise("空", [], 0.0))):
        assert html.startswith("<!DOCTYPE html><html lang=\"zh-CN\">")
        parse(html)


def test_template_environment_escapes_masks_and_refuses_undefined_names():
    from jinja2 import StrictUndefined, UndefinedError

    from pipeline.report._html import ENV, render

    assert ENV.undefined is StrictUndefined
    template = ENV.from_string('<p title="{{ v }}">{{ v }}</p>')
    assert template.render(v=f'<b>"{ID}"&') == (f'<p title="&lt;b&gt;&#34;{MASKED}&#34;&amp;">'
                                                f'&lt;b&gt;&#34;{MASKED}&#34;&amp;</p>')
    assert ENV.from_string("{{ v }}").render(v=None) == ""
    with pytest.raises(UndefinedError):
        render("notice.html.j2")
    for name in ENV.list_templates():
        if name.endswith(".html.j2"):
            assert ENV.autoescape(name), name
            ENV.get_template(name)  # compiles
