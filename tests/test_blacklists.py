"""Loading, checking and administering the suspect-journal list, and importing the published
lists and registries (read in place from the shared data folder; skipped where it is absent)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import blacklists
from blacklists import admin
from blacklists.published import (
    RECOMMENDED,
    REGISTRIES,
    SOURCES,
    build,
    build_registry,
    clean_title,
    detect,
    merge,
    read_cn_pages,
)
from pipeline.errors import BlacklistError
from pipeline.journals import COLUMNS, NO_LIST, JournalEntry, JournalRef

HEADER = ",".join(COLUMNS)
ROOT = Path(__file__).resolve().parents[1]
SAMPLE_LIST = ROOT / "data" / "samples" / "liuzhou-2024" / "suspect_journals.csv"


def write(path: Path, *rows: str, encoding: str = "utf-8") -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding=encoding)
    return path


ROW_FAKE = ("中国当代教育杂志,中國當代教育雜誌,1682-7317,CN(HK)NR4069-194/01,illegal,网页,伪刊号,"
            "2024-01-01,admin")
ROW_WARN = "Sensors,,1424-8220,,warning,CAS,预警,2024-01-01,admin"


# --------------------------------------------------------------------------- load


def test_the_product_ships_no_list() -> None:
    package = Path(blacklists.__file__).parent
    assert sorted(p.name for p in package.iterdir()
                  if p.suffix in (".csv", ".txt", ".jsonl", ".xlsx")) == []
    assert not (ROOT / "data" / "reference").exists()


def test_without_an_imported_list_nothing_matches_and_it_says_so(site_home: Path) -> None:
    assert not blacklists.site_list().exists() and blacklists.site_list().parent == site_home
    absent = blacklists.load()
    assert len(absent) == 0 and absent.version == NO_LIST
    assert absent.missing == blacklists.NOT_IMPORTED
    assert absent.match(JournalRef("中华教育杂志", "1684-0445")) == []
    with pytest.raises(BlacklistError, match="not found"):  # a list named but missing is an error
        blacklists.load(site_home / "nope.csv")


def test_the_site_list_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CREDCHECK_HOME", str(tmp_path / "home"))
    admin.import_file(None, SAMPLE_LIST, why="样例名单", who="t")
    assert blacklists.site_list() == tmp_path / "home" / "suspect_journals.csv"
    listed = blacklists.load()
    assert not listed.missing and listed.version == blacklists.load(SAMPLE_LIST).version
    assert listed.match(JournalRef("中华教育杂志"))[0].entry.category == "illegal"


def test_a_window_list_beats_the_site_list_and_an_explicit_list_beats_both(tmp_path: Path) -> None:
    window = tmp_path / "w"
    window.mkdir()
    assert blacklists.list_for(window) is None
    (window / "suspect_journals.csv").write_bytes(SAMPLE_LIST.read_bytes())
    assert blacklists.list_for(window) == window / "suspect_journals.csv"
    assert blacklists.list_for(window, tmp_path / "other.csv") == tmp_path / "other.csv"


def test_the_sample_list_has_no_errors() -> None:
    problems = blacklists.validate(blacklists.read_rows(SAMPLE_LIST))
    assert [p for p in problems if p.severity == "error"] == []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "l.csv", ROW_FAKE, ROW_WARN, encoding=encoding)
    bl = blacklists.load(path)
    assert bl.match(JournalRef("中國當代教育雜誌"))[0].entry.name == "中国当代教育杂志"


def test_reload_after_edit(tmp_path: Path) -> None:
    path = write(tmp_path / "l.csv", ROW_WARN)
    assert len(blacklists.load(path)) == 1
    write(path, ROW_WARN, ROW_FAKE)
    assert len(blacklists.load(path)) == 2


def test_xlsx(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(list(COLUMNS))
    book.active.append(next(csv.reader([ROW_WARN])))
    book.save(tmp_path / "l.xlsx")
    bl = blacklists.load(tmp_path / "l.xlsx")
    assert bl.match(JournalRef(issn="1424-8220"))[0].how == "issn"


@pytest.mark.parametrize(
    ("rows", "where"),
    [
        ((",,1424-8220,,warning,CAS,,,",), "row 2 field 'name'"),
        ((ROW_WARN, "X Journal,,,,bogus,src,,,"), "row 3 field 'category'"),
        ((ROW_WARN, "X Journal,,1424-8221,,predatory,src,,,"), "row 3 field 'issn'"),
        ((ROW_WARN, "X Journal,,,16-1690/NR,predatory,src,,,"), "row 3 field 'cn'"),
    ],
)
def test_unusable_rows_name_file_row_field(
    tmp_path: Path, rows: tuple[str, ...], where: str
) -> None:
    path = write(tmp_path / "l.csv", *rows)
    with pytest.raises(BlacklistError) as info:
        blacklists.load(path)
    assert str(path) in str(info.value) and where in str(info.value)


def test_missing_column_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text("name,issn\nA,1424-8220\n", encoding="utf-8")
    with pytest.raises(BlacklistError, match="row 1 field 'aliases'"):
        blacklists.load(path)
    with pytest.raises(BlacklistError, match="not found"):
        blacklists.load(tmp_path / "nope.csv")


def test_validate_reports_duplicates_and_fake_numbers_as_warnings(tmp_path: Path) -> None:
    rows = blacklists.read_rows(
        write(
            tmp_path / "l.csv", ROW_FAKE, ROW_FAKE, ROW_WARN, "中国现代教育杂志,,,,illegal,网页,,,"
        )
    )
    problems = blacklists.validate(rows)
    messages = [(p.row, p.field, p.severity) for p in problems]
    assert (
        2,
        "cn",
        "warning",
    ) in messages  # an illegal journal's pseudo CN is evidence, not a typo
    assert (3, "name", "warning") in messages  # duplicate of row 2
    assert (3, "issn", "warning") in messages
    assert (5, "name", "warning") in messages  # near duplicate (one character)
    assert not [p for p in problems if p.severity == "error"]


# --------------------------------------------------------------------------- build


def test_clean_title() -> None:
    assert clean_title("Advances in Biomedicine and Pharmacy (ABP)") == (
        "Advances in Biomedicine and Pharmacy",
        (),
        "缩写 ABP",
    )
    assert clean_title("Journal of Information System[s] Management")[1] == (
        "Journal of Information Systems Management",
    )
    assert clean_title("上海大学学报(自然科学版)")[0] == "上海大学学报(自然科学版)"


def test_pages_rows_without_title_are_not_listed() -> None:
    rows = [
        {
            "claimed_title": "(unnamed illegal journal)",
            "claimed_issn": "",
            "claimed_cn": "CN11-1059/Z",
            "why_invalid_or_suspect": "stolen number: registered to 百科知识 (legit)",
            "source": "x",
        },
        {
            "claimed_title": "中国教育论坛",
            "claimed_issn": "",
            "claimed_cn": "CN43-7772/R",
            "why_invalid_or_suspect": "network range",
            "source": "x",
        },
    ]
    entries = list(read_cn_pages(rows, "2024-01-01", "t"))
    assert [e.name for e in entries] == ["中国教育论坛"] and entries[0].category == "illegal"
    assert entries[0].cn == "43-7772/R"


def test_merge_joins_sources_and_keeps_first_category() -> None:
    a = JournalEntry(
        name="Sensors", issn="1424-8220", category="warning", source="CAS", reason="r1"
    )
    b = JournalEntry(name="SENSORS", category="predatory", source="felconmar", reason="r2")
    (merged,) = merge([a, b])
    assert merged.category == "warning" and "felconmar" in merged.source and "r2" in merged.reason


# --------------------------------------------------------------------------- published lists


def test_formats_are_told_from_the_published_headers(shared_journals: Path) -> None:
    for fmt in SOURCES:
        if SOURCES[fmt][1]:
            assert detect(shared_journals / SOURCES[fmt][1]) == fmt
    for fmt, (_, _, name) in REGISTRIES.items():
        assert detect(shared_journals / name) == fmt
    assert detect(shared_journals / "spj_publishers.csv") == "spj_publishers"
    assert detect(shared_journals / "spj_metrics.csv") == "spj_metrics"
    assert detect(SAMPLE_LIST) == "canonical"


def test_importing_the_published_lists(published_home: Path, shared_journals: Path) -> None:
    """The README's import gives one list of the five recommended lists, merged, with no errors:
    what `published.build` makes of the same files (the list the product used to ship)."""
    path = published_home / "suspect_journals.csv"
    entries = blacklists.read_entries(path)
    counts: dict[str, int] = {}
    for e in entries:
        counts[e.category] = counts.get(e.category, 0) + 1
    assert counts == {"warning": 134, "predatory": 2723, "hijacked": 140, "illegal": 10}
    assert [p for p in blacklists.validate(blacklists.read_rows(path))
            if p.severity == "error"] == []
    built, missing = build(shared_journals, added_by="test")
    assert missing == []
    assert [(e.name, e.aliases, e.issn, e.cn, e.category, e.source, e.reason) for e in entries] == \
        [(e.name, e.aliases, e.issn, e.cn, e.category, e.source, e.reason) for e in built]
    [change] = admin.history(path)
    assert change.action == "import" and change.extra["rows"] == len(entries)
    assert change.extra["format"] == ",".join(RECOMMENDED)
    # The registry: every CNKI and CSSCI title and former title, sorted.
    assert (blacklists.known_titles(published_home / "known_journals.txt")
            == tuple(build_registry(shared_journals)))
    assert len(blacklists.known_titles(published_home / "known_journals.txt")) > 17_000


def test_import_is_idempotent_and_refuses_what_is_not_a_suspect_list(
        published_home: Path, shared_journals: Path, tmp_path: Path) -> None:
    copy = tmp_path / "suspect_journals.csv"
    copy.write_bytes((published_home / "suspect_journals.csv").read_bytes())
    added, problems, change = admin.import_files(
        copy, [shared_journals / "cas_warning_2020_2025_combined.csv"], why="again")
    assert added == [] and change is None and len(problems) >= 134
    for name, reason in (("cnki_journals_2023-11-30.csv", "import-registry"),
                         ("spj_publishers.csv", "publishers"),
                         ("doaj_withdrawn_enriched.csv", "--format doaj_withdrawn")):
        with pytest.raises(BlacklistError, match=reason):
            admin.import_files(copy, [shared_journals / name], why="w")
    with pytest.raises(BlacklistError, match="not a registry"):
        admin.import_registry([shared_journals / "spj_journals.csv"], tmp_path / "known.txt")


def test_published_list_sources_are_honest(published_home: Path) -> None:
    entries = blacklists.read_entries(published_home / "suspect_journals.csv")
    by_category: dict[str, set[str]] = {}
    for e in entries:
        by_category.setdefault(e.category, set()).add(e.source.split(" (")[0])
    assert any("中国科学院" in s for s in by_category["warning"])
    assert all(
        "doaj" not in e.source.lower() for e in entries
    )  # DOAJ withdrawals left out on purpose
    felconmar = [e for e in entries if "predatoryjournals.org" in e.source]
    assert felconmar and all("争议" in e.reason for e in felconmar)


# --------------------------------------------------------------------------- admin


@pytest.fixture()
def listfile(tmp_path: Path) -> Path:
    return write(tmp_path / "suspect.csv", ROW_FAKE, ROW_WARN)


def test_add_remove_history_round_trip(listfile: Path) -> None:
    entry = JournalEntry(
        name="中国教育科学研究前沿", issn="1234-5679", category="fake", source="举报"
    )
    change = admin.add(listfile, entry, who="wang", why="省厅通报")
    assert change.version == 1 and change.after["name"] == "中国教育科学研究前沿"
    assert blacklists.load(listfile).match(JournalRef("中國教育科學研究前沿"))[0].how == "name"
    assert change.sha256 == blacklists.load(listfile).version

    removed = admin.remove(listfile, "1234-5679", who="li", why="误列")
    assert removed.version == 2 and removed.before["name"] == "中国教育科学研究前沿"
    assert blacklists.load(listfile).match(JournalRef("中国教育科学研究前沿")) == []

    trail = admin.history(listfile, "中国教育科学研究前沿")
    assert [(c.action, c.who, c.why) for c in trail] == [
        ("add", "wang", "省厅通报"),
        ("remove", "li", "误列"),
    ]
    log = admin.log_path(listfile).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["version"] for line in log] == [1, 2]
    assert admin.current_version(listfile) == 2


def test_add_refuses_bad_numbers_and_duplicates(listfile: Path) -> None:
    before = listfile.read_bytes()
    with pytest.raises(BlacklistError, match="ISSN"):
        admin.add(
            listfile,
            JournalEntry(name="新刊", issn="1234-5678", category="fake", source="s"),
            why="w",
        )
    with pytest.raises(BlacklistError, match="CN"):
        admin.add(
            listfile,
            JournalEntry(name="新刊", cn="16-1690/NR", category="fake", source="s"),
            why="w",
        )
    with pytest.raises(admin.DuplicateEntry, match="重复"):
        admin.add(
            listfile,
            JournalEntry(name="《中國當代教育雜誌》", category="fake", source="s"),
            why="w",
        )
    with pytest.raises(admin.DuplicateEntry, match="1424-8220"):
        admin.add(
            listfile,
            JournalEntry(name="Sensor Letters", issn="1424-8220", category="fake", source="s"),
            why="w",
        )
    with pytest.raises(admin.DuplicateEntry, match="仅差一字"):
        admin.add(
            listfile, JournalEntry(name="中国当代教肓杂志", category="fake", source="s"), why="w"
        )
    with pytest.raises(BlacklistError, match="理由"):
        admin.add(listfile, JournalEntry(name="新刊", category="fake", source="s"), why=" ")
    assert listfile.read_bytes() == before and not admin.log_path(listfile).exists()
    change = admin.add(
        listfile,
        JournalEntry(name="中国当代教肓杂志", category="fake", source="s"),
        why="确认",
        force=True,
    )
    assert change.extra["forced"]


def test_remove_ambiguous_or_unknown(listfile: Path) -> None:
    with pytest.raises(BlacklistError, match="没有"):
        admin.remove(listfile, "不存在的期刊", why="w")


def test_export_import_csv_and_xlsx(listfile: Path, tmp_path: Path) -> None:
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"export{suffix}"
        assert admin.export(listfile, out) == 2
        target = write(tmp_path / f"target{suffix}.csv")
        added, problems, change = admin.import_file(target, out, why="迁移", who="wang")
        assert len(added) == 2 and change.version == 1
        assert [e.name for e in blacklists.read_entries(target)] == ["中国当代教育杂志", "Sensors"]
        # importing again adds nothing: everything is an exact duplicate
        added, problems, change = admin.import_file(target, out, why="again")
        assert added == [] and change is None and len(problems) >= 2
    assert (tmp_path / "export.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel


def test_import_published_format(tmp_path: Path) -> None:
    source = tmp_path / "spj.csv"
    source.write_text(
        "url,name,abbr\nhttp://x.org/,Global Journal of Imaginary Studies (GJIS),\n",
        encoding="utf-8",
    )
    target = write(tmp_path / "l.csv")
    added, _, change = admin.import_file(
        target, source, fmt="spj_journals", why="SPJ update", who="wang"
    )
    assert [e.name for e in added] == ["Global Journal of Imaginary Studies"]
    assert added[0].category == "predatory" and "GJIS" in added[0].reason
    assert change.extra["format"] == "spj_journals"
    assert set(SOURCES) >= {
        "cas_warning",
        "spj_journals",
        "spj_hijacked",
        "felconmar",
        "doaj_withdrawn",
        "cn_pages",
    }


def test_import_refuses_errors_unless_forced(tmp_path: Path) -> None:
    source = write(tmp_path / "in.csv", "Bad Journal,,1424-8221,,predatory,s,,,")
    target = write(tmp_path / "l.csv")
    with pytest.raises(BlacklistError, match="import refused"):
        admin.import_file(target, source, why="w")
    added, _, _ = admin.import_file(target, source, why="w", force=True)
    assert len(added) == 1


def test_find(listfile: Path) -> None:
    assert admin.find(listfile, "1424-8220")[0].how == "issn"
    assert admin.find(listfile, "中國當代教育雜誌")[0].how == "name"
    assert admin.find(listfile, "建筑技术") == []


def test_cli(listfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def run(*argv: str) -> int:
        return admin.main(["blacklist", "--list", str(listfile), *argv])

    assert (
        run(
            "add",
            "--name",
            "中国教育科学研究前沿",
            "--category",
            "fake",
            "--source",
            "举报",
            "--why",
            "通报",
        )
        == 0
    )
    assert "已新增" in capsys.readouterr().out
    assert (
        run(
            "add",
            "--name",
            "中国教育科学研究前沿",
            "--category",
            "fake",
            "--source",
            "x",
            "--why",
            "y",
        )
        == 5
    )
    assert "未保存" in capsys.readouterr().err
    assert run("find", "中国教育科学研究前沿") == 0
    assert "fake" in capsys.readouterr().out
    assert run("remove", "中国教育科学研究前沿", "--why", "误列") == 0
    assert run("history") == 0
    out = capsys.readouterr().out
    assert "v1" in out and "v2" in out and "remove" in out
    assert run("export", str(tmp_path / "o.xlsx")) == 0
    assert run("list", "--category", "warning") == 0
    assert "Sensors" in capsys.readouterr().out
    assert run("check") == 0


def test_cli_on_the_site_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    """Before any import the commands that read the list say none was imported; `import` and
    `import-registry` create the site's list and registry."""
    monkeypatch.setenv("CREDCHECK_HOME", str(tmp_path / "home"))
    assert admin.main(["blacklist", "find", "中华教育杂志"]) == 5
    assert "no suspect-journal list imported" in capsys.readouterr().err
    assert admin.main(["blacklist", "import", str(SAMPLE_LIST), "--why", "样例"]) == 0
    assert "已导入 4 条" in capsys.readouterr().out
    assert admin.main(["blacklist", "find", "中华教育杂志"]) == 0
    assert "illegal" in capsys.readouterr().out
    registry = tmp_path / "cnki.csv"
    registry.write_text("期刊名称,曾用刊名,ISSN,CN\n建筑技术,建筑技术通讯;建筑技术科研情报,1000-4726,11-2253/TU\n",
                        encoding="utf-8")
    assert admin.main(["blacklist", "import-registry", str(registry)]) == 0
    assert "3" in capsys.readouterr().out
    assert blacklists.known_titles() == ("建筑技术", "建筑技术科研情报", "建筑技术通讯")

