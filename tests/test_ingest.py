"""Loading a window: forms, encodings, XLSX headers, broken rows, nothing dropped."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from pipeline.errors import InputError, WindowError
from pipeline.ingest.application import load_application
from pipeline.ingest.references import load_integrity, load_pensions
from pipeline.ingest.window import load_window
from tests.factories import BASE_FORM

HEADER = "身份证号,姓名,单位名称,统一社会信用代码,费款所属期,险种,缴费类型,缴费基数\n"
ROW = ("{id},张伟,柳州某某科技有限公司,91450200MA5KXXXXXX,{period},企业职工基本养老保险,"
       "单位缴费,5000\n")


def write_window(root: Path, forms: dict[str, object], pensions: str = HEADER,
                 encoding: str = "utf-8") -> Path:
    (root / "applicants").mkdir(parents=True)
    for folder, content in forms.items():
        (root / "applicants" / folder).mkdir()
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        (root / "applicants" / folder / "application.json").write_text(text, encoding="utf-8")
    (root / "social_security.csv").write_bytes(pensions.encode(encoding))
    (root / "window.toml").write_text('policy = "liuzhou-2024"\n', encoding="utf-8")
    return root


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_pension_export_in_every_encoding(tmp_path, encoding):
    text = HEADER + ROW.format(id=BASE_FORM["id_number"], period="202401") + ROW.format(
        id=BASE_FORM["id_number"], period="2024-02")
    path = tmp_path / "social_security.csv"
    path.write_bytes(text.encode(encoding))
    records, problems = load_pensions(path)
    assert problems == []
    rows = records[BASE_FORM["id_number"]]
    assert [str(r.period) for r in rows] == ["2024-01", "2024-02"]
    assert rows[0].unit_paid and rows[0].unit_name == "柳州某某科技有限公司"


def test_bad_rows_are_reported_with_row_and_field(tmp_path):
    path = tmp_path / "social_security.csv"
    path.write_text(HEADER + ROW.format(id=BASE_FORM["id_number"], period="2024-13")
                    + ROW.format(id=BASE_FORM["id_number"], period="202402")
                    .replace("单位缴费", "现金"),
                    encoding="utf-8")
    records, problems = load_pensions(path)
    assert records == {}
    assert problems[0].startswith("social_security.csv row 2 field 'period'")
    assert problems[1].startswith("social_security.csv row 3 field 'payer'")


def test_missing_column_names_the_file_and_the_columns_found(tmp_path):
    path = tmp_path / "social_security.csv"
    path.write_text("身份证号,姓名,单位\n1,2,3\n", encoding="utf-8")
    with pytest.raises(WindowError, match=r"social_security.csv: missing column\(s\) period"
                                          r".*columns found: 身份证号, 姓名, 单位"):
        load_pensions(path)


def test_xlsx_with_merged_two_row_header(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["养老保险缴费明细", None, None, None, None, None, None])
    sheet.merge_cells("A1:G1")
    sheet.append(["身份证号", "姓名", "单位信息", None, "费款所属期", "险种", "缴费类型"])
    sheet.merge_cells("C2:D2")
    sheet.append([None, None, "单位名称", "统一社会信用代码", None, None, None])
    sheet.append([BASE_FORM["id_number"], "张伟", "柳州某某科技有限公司", "91450200MA5KXXXXXX",
                  202403, "企业职工基本养老保险", "单位缴费"])
    path = tmp_path / "social_security.xlsx"
    book.save(path)
    records, problems = load_pensions(path)
    assert problems == []
    assert str(records[BASE_FORM["id_number"]][0].period) == "2024-03"


def test_integrity_dates_in_chinese_forms(tmp_path):
    path = tmp_path / "integrity_records.csv"
    path.write_text("身份证号,姓名,失信事由,记录日期,到期日期\n"
                    f"{BASE_FORM['id_number']},张伟,论文造假,2023年1月,2026.01\n", encoding="utf-8")
    records, problems = load_integrity(path)
    assert problems == []
    assert str(records[BASE_FORM["id_number"]][0].expires_on) == "2026-01-01"


def test_form_errors_name_the_field_path(tmp_path):
    broken = {**BASE_FORM, "level": "特级",
              "education": [{**BASE_FORM["education"][0], "end": "2012-13"}]}
    path = tmp_path / "application.json"
    path.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_application(path, "T001")
    message = str(error.value)
    assert "applicants/T001/application.json" in message
    assert "level" in message and "education[0].end" in message


def test_form_id_must_match_its_folder(tmp_path):
    path = tmp_path / "application.json"
    path.write_text(json.dumps(BASE_FORM, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match="form says 'T001' but its folder is 'T002'"):
        load_application(path, "T002")


def test_window_keeps_broken_applicants_and_rejects_symlinks(tmp_path):
    window = write_window(tmp_path / "w", {"T001": BASE_FORM, "T002": "{not json",
                                           "T003": {**BASE_FORM, "applicant_id": "T003"}})
    (window / "applicants" / "T003" / "link.pdf").symlink_to("/etc/passwd")
    loaded = load_window(window)
    by_id = {a.applicant_id: a for a in loaded.applicants}
    assert set(by_id) == {"T001", "T002", "T003"}
    assert by_id["T001"].application is not None and by_id["T001"].error is None
    assert by_id["T002"].application is None and "invalid JSON at line 1" in by_id["T002"].error
    assert by_id["T003"].rejected == {"link.pdf": "symbolic link: not followed"}
    assert loaded.policy_name == "liuzhou-2024"


def test_window_toml_unknown_key_is_an_error(tmp_path):
    window = write_window(tmp_path / "w", {"T001": BASE_FORM})
    (window / "window.toml").write_text('policy = "liuzhou-2024"\nreview_yaer = 2024\n',
                                        encoding="utf-8")
    with pytest.raises(WindowError, match="unknown key\\(s\\) review_yaer"):
        load_window(window)


def test_suspect_lists_are_read_as_window_tables_are(tmp_path):
    """One hardened CSV/XLSX reading: a list behind a link is refused, GB18030 is read."""
    import blacklists
    from blacklists import published
    from pipeline.errors import BlacklistError

    real = tmp_path / "list.csv"
    real.write_bytes("journal,issn\n中华教育杂志,\n".encode("gb18030"))
    link = tmp_path / "linked.csv"
    link.symlink_to(real)
    assert published.read_rows(real) == [{"journal": "中华教育杂志", "issn": ""}]
    for read in (published.read_rows, blacklists.read_rows):
        with pytest.raises(BlacklistError, match="symbolic link"):
            read(link)
