"""Property-based tests (hypothesis) for the parsers and validators that meet hostile input.

Each property is one the rest of credcheck relies on: dates as Chinese forms write them read
back to the same month; whatever bytes arrive, parsers fail only with their own error naming
the file (or field); identity numbers never leave unmasked; archive names never escape.
Examples are bounded (150 a property) so the file runs in seconds; ``CREDCHECK_HYPOTHESIS=
thorough`` runs 2000. The example database is off: a failure prints the example that fails.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from stdnum import exceptions as stdnum_errors
from stdnum import issn as stdnum_issn
from stdnum.cn import ric

from pipeline.dates import PartialDate, parse_partial_date, parse_period
from pipeline.errors import DocumentUnreadable, InputError, WindowError
from pipeline.identifiers import cn_serial, diploma_number
from pipeline.ingest.application import load_application
from pipeline.ingest.references import PENSION_COLUMNS
from pipeline.ingest.tables import decode_text, read_table
from pipeline.journals import compact_issns, normalise_name
from pipeline.read.archive import extract_zip
from pipeline.read.safe_open import ReadLimits, check_file
from pipeline.redact import mask_id_number, mask_text
from tests.factories import BASE_FORM

_QUIET = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
settings.register_profile("credcheck", max_examples=150, deadline=None, database=None,
                          suppress_health_check=_QUIET)
# CREDCHECK_HYPOTHESIS=thorough: 2000 examples a property, for a look before a release
settings.register_profile("thorough", max_examples=2000, deadline=None, database=None,
                          suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("CREDCHECK_HYPOTHESIS", "credcheck"))

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31))
CN_DIGITS = "〇一二三四五六七八九"
FULLWIDTH = str.maketrans("0123456789.-/", "０１２３４５６７８９．－／")


def cn_year(year: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(year))


def cn_number(n: int) -> str:
    """1..31 as written on certificates: 六, 十, 十二, 二十, 三十一."""
    if n < 10:
        return CN_DIGITS[n]
    tens, units = divmod(n, 10)
    return ("十" if tens == 1 else CN_DIGITS[tens] + "十") + (CN_DIGITS[units] if units else "")


# -- dates --------------------------------------------------------------------------------------


@given(st.text())
def test_parse_partial_date_never_raises_and_returns_real_dates(text: str) -> None:
    for parse in (parse_partial_date, parse_period):
        found = parse(text)
        if found is not None:
            assert 1900 <= found.year <= 2099 and 1 <= found.month <= 12
            found.first_day()  # a real calendar date


@given(dates, st.sampled_from(["{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}", "{y}.{m:02d}.{d:02d}",
                               "{y}年{m}月{d}日",
                               "{y} 年 {m} 月 {d} 日"]),
       st.booleans(), st.text(alphabet="：于至起 发证日期", max_size=6))
def test_every_written_day_reads_back(day: dt.date, pattern: str, fullwidth: bool,
                                      noise: str) -> None:
    text = pattern.format(y=day.year, m=day.month, d=day.day)
    text = noise + (text.translate(FULLWIDTH) if fullwidth else text) + noise
    assert parse_partial_date(text) == PartialDate(day.year, day.month, day.day)


@given(dates, st.sampled_from(["{y}-{m:02d}", "{y}.{m:02d}", "{y}.{m}", "{y}/{m}", "{y}年{m}月",
                               "{y}年{m:02d}月"]))
def test_every_written_month_reads_back(day: dt.date, pattern: str) -> None:
    text = pattern.format(y=day.year, m=day.month)
    assert parse_partial_date(text) == PartialDate(day.year, day.month)
    assert parse_period(text) == PartialDate(day.year, day.month)
    assert parse_period(f"{day.year}{day.month:02d}") == PartialDate(day.year, day.month)


@given(dates, st.booleans())
def test_chinese_numeral_dates_read_back(day: dt.date, with_day: bool) -> None:
    text = (f"{cn_year(day.year)}年{cn_number(day.month)}月"
            + (f"{cn_number(day.day)}日" if with_day else ""))
    assert parse_partial_date(text) == PartialDate(day.year, day.month,
                                                   day.day if with_day else None)


@given(st.integers(1950, 2099), st.integers(13, 99))
def test_impossible_months_are_refused(year: int, month: int) -> None:
    for text in (f"{year}-{month}", f"{year}.{month}", f"{year}年{month}月", f"{year}{month:02d}"):
        assert parse_period(text) is None, text


@given(st.integers(1950, 2099),
       st.sampled_from([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31), (6, 0), (1, 0)]))
def test_impossible_days_are_refused(year: int, month_day: tuple[int, int]) -> None:
    month, day = month_day
    assert parse_partial_date(f"{year}-{month:02d}-{day:02d}") is None
    assert parse_partial_date(f"{year}年{month}月{day}日") is None


# -- identity numbers: validation and masking ------------------------------------------------------


@st.composite
def identity_numbers(draw: st.DrawFn) -> str:
    region = draw(st.sampled_from(["110101", "310104", "450202", "440305", "500103", "510107"]))
    born = draw(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2005, 12, 31)))
    body = f"{region}{born:%Y%m%d}{draw(st.integers(0, 999)):03d}"
    number = body + ric.calc_check_digit(body + "0")
    assume(ric.is_valid(number))  # stdnum also knows when each region code existed
    return number


@given(identity_numbers(), st.integers(0, 16), st.integers(1, 9))
def test_a_single_wrong_digit_is_always_caught(number: str, position: int, shift: int) -> None:
    """GB 11643's check character catches every single-digit error (the ID_NUMBER_INVALID rule)."""
    assert ric.is_valid(number)
    wrong = number[:position] + str((int(number[position]) + shift) % 10) + number[position + 1:]
    assert not ric.is_valid(wrong)


@given(identity_numbers(), st.text(max_size=20), st.text(max_size=20))
def test_identity_numbers_never_leave_unmasked(number: str, before: str, after: str) -> None:
    assume(not before[-1:].isdigit() and not after[:1].isdigit())
    for text in (before + number + after, before + number.lower() + after):
        masked = mask_text(text)
        assert number not in masked and number.lower() not in masked
        assert number[:4] + "*" * 10 + number[-4:].upper() in masked.upper()
        assert mask_text(masked) == masked
        assert len(masked) == len(text)


@given(st.text(max_size=30))
def test_mask_id_number_keeps_length_and_ends(number: str) -> None:
    masked = mask_id_number(number)
    kept = number.strip()
    assert len(masked) == len(kept)
    if len(kept) > 8:
        assert masked[:4] == kept[:4] and masked[-4:] == kept[-4:] and set(masked[4:-4]) == {"*"}
    else:
        assert set(masked) <= {"*"}


# -- journal identifiers --------------------------------------------------------------------------


@given(st.text(max_size=40))
def test_cn_serial_fails_only_with_stdnum_errors(text: str) -> None:
    assert isinstance(cn_serial.is_valid(text), bool)
    try:
        compact = cn_serial.validate(text)
    except stdnum_errors.ValidationError:
        return
    assert cn_serial.is_valid(compact)
    assert cn_serial.validate(cn_serial.format(text)) == compact
    assert cn_serial.compact(compact) == compact


@given(st.integers(11, 65), st.integers(1000, 9999),
       st.sampled_from(["R", "TU", "N", "G4", "O", "TP"]),
       st.sampled_from(["{r}-{s}/{c}", "CN {r}-{s}/{c}", "CN{r}-{s}/{c}", "cn {r} - {s} / {c}"]))
def test_cn_serial_compact_is_idempotent(region: int, serial: int, cls: str, pattern: str) -> None:
    text = pattern.format(r=region, s=serial, c=cls)
    once = cn_serial.compact(text)
    assert cn_serial.compact(once) == once
    assert cn_serial.is_valid(text) == cn_serial.is_valid(once)


@given(st.from_regex(r"[0-9]{7}", fullmatch=True),
       st.sampled_from(["{a}-{b}", "ISSN {a}-{b}", "ISSN{a}{b}", "{a}－{b}"]))
def test_issns_are_found_however_printed(body: str, pattern: str) -> None:
    number = body + stdnum_issn.calc_check_digit(body)
    text = pattern.format(a=number[:4], b=number[4:])
    assert compact_issns(text) == (number,)
    assert stdnum_issn.is_valid(number)


@given(st.text(max_size=40))
def test_compact_issns_never_raises(text: str) -> None:
    for found in compact_issns(text):
        assert len(found) == 8


@given(st.text(max_size=24), st.integers(1990, 2030),
       st.sampled_from(["本科", "硕士研究生", "专科", "博士研究生", ""]))
def test_diploma_number_checks_never_raise(text: str, year: int, level: str) -> None:
    assert diploma_number.compact(diploma_number.compact(text)) == diploma_number.compact(text)
    assert all(isinstance(p, str) for p in diploma_number.diploma_problems(text, year, level))
    assert all(isinstance(p, str) for p in diploma_number.degree_problems(text, year, "学士"))


@given(st.text(max_size=40))
def test_normalise_name_is_idempotent(name: str) -> None:
    once = normalise_name(name)
    assert normalise_name(once) == once


# -- reference exports ----------------------------------------------------------------------------


@given(st.text(max_size=200))
def test_utf8_exports_decode_exactly(text: str) -> None:
    assume(not text.startswith("\ufeff"))
    for encoding in ("utf-8", "utf-8-sig"):
        assert decode_text(text.encode(encoding), "x.csv") == text


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1,
               max_size=60))
def test_gbk_exports_decode_exactly_unless_they_are_also_utf8(text: str) -> None:
    for encoding in ("gbk", "gb18030"):
        if not _encodable(text, encoding):
            continue
        data = text.encode(encoding)
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            assert decode_text(data, "x.csv") == text
        # bytes that are valid UTF-8 too are read as UTF-8 (the spec's encoding): ambiguous by
        # nature


@given(st.binary(max_size=400))
def test_decode_text_fails_only_naming_the_file(data: bytes) -> None:
    try:
        decode_text(data, "export.csv")
    except WindowError as error:
        assert str(error).startswith("export.csv:")


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


cells = st.text(alphabet=st.characters(codec="gbk", blacklist_categories=("Cs", "Cc")),
                max_size=12).map(str.strip)


@given(st.permutations(list(PENSION_COLUMNS)), st.data(),
       st.sampled_from(["utf-8", "utf-8-sig", "gbk", "gb18030"]),
       st.lists(st.lists(cells, min_size=8, max_size=8), min_size=1, max_size=6))
def test_pension_headers_in_any_order_and_alias_read_the_same(
        tmp_path_factory: pytest.TempPathFactory, order: list[str], data: st.DataObject,
        encoding: str, rows: list[list[str]]) -> None:
    header = [data.draw(st.sampled_from([column, *PENSION_COLUMNS[column]])) for column in order]
    header = [data.draw(st.sampled_from([h, f" {h} ", f"{h}：", f"*{h}"])) for h in header]
    rows = [r for r in rows if any(r)]
    assume(rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["备注", *header])
    for row in rows:
        writer.writerow(["x", *row])
    text = buffer.getvalue()
    assume(_encodable(text, encoding))
    path = tmp_path_factory.mktemp("csv") / "social_security.csv"
    path.write_bytes(text.encode(encoding))
    try:
        got = read_table(path, PENSION_COLUMNS, required=("id_number", "period", "payer"))
    except WindowError as error:  # GBK bytes that happen to be UTF-8 too: not these columns
        assert encoding in ("gbk", "gb18030") and str(error).startswith("social_security.csv")
        return
    assert [values for _, values in got] == [dict(zip(order, row, strict=True)) for row in rows]
    assert [number for number, _ in got] == [i + 2 for i in range(len(rows))]


@given(st.binary(max_size=600))
@settings(max_examples=80)
def test_any_bytes_as_an_export_fail_only_naming_the_file(
        tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("csv") / "social_security.csv"
    path.write_bytes(data)
    try:
        read_table(path, PENSION_COLUMNS, required=("id_number", "period", "payer"))
    except WindowError as error:
        assert str(error).startswith("social_security.csv")


# -- application forms -----------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: (st.lists(children, max_size=4)
                      | st.dictionaries(st.text(max_size=12), children, max_size=4)),
    max_leaves=20,
)


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            out += _paths(child, (*prefix, index))
    return out


def _replace(value: object, path: tuple[object, ...], new: object) -> object:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest, new)}  # type: ignore[index]
    assert isinstance(value, list) and isinstance(head, int)
    return [*value[:head], _replace(value[head], rest, new), *value[head + 1:]]


def _load(tmp: Path, raw: bytes) -> None:
    (tmp / "application.json").write_bytes(raw)
    try:
        load_application(tmp / "application.json", "T001")
    except InputError as error:
        assert error.file == "applicants/T001/application.json"
        assert error.field, error
        assert str(error).startswith("applicants/T001/application.json")


@given(json_values)
def test_any_json_as_a_form_fails_only_naming_a_field(
        tmp_path_factory: pytest.TempPathFactory, value: object) -> None:
    _load(tmp_path_factory.mktemp("form"), json.dumps(value, ensure_ascii=False).encode("utf-8"))


@given(st.data(), json_values)
def test_any_field_of_a_good_form_replaced_fails_only_naming_a_field(
        tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, new: object) -> None:
    form = json.loads(json.dumps(BASE_FORM))
    path = data.draw(st.sampled_from(_paths(form)[1:]))
    _load(tmp_path_factory.mktemp("form"),
          json.dumps(_replace(form, path, new), ensure_ascii=False).encode())


@given(st.binary(max_size=300))
def test_any_bytes_as_a_form_fail_only_naming_the_file(
        tmp_path_factory: pytest.TempPathFactory, raw: bytes) -> None:
    _load(tmp_path_factory.mktemp("form"), raw)


# -- uploads: names and bytes -------------------------------------------------------------------

member_names = st.lists(st.sampled_from(["..", ".", "a", "学历", "C:", "", "\\", "/", "b.pdf",
                                         "..\\x"]),
                        min_size=1, max_size=5).map("/".join)


@given(st.lists(member_names, min_size=1, max_size=4, unique=True))
@settings(max_examples=120)
def test_no_archive_member_lands_outside_its_folder(
        tmp_path_factory: pytest.TempPathFactory, names: list[str]) -> None:
    root = tmp_path_factory.mktemp("zip")
    archive = root / "upload.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name in names:
            zf.writestr(zipfile.ZipInfo(name), b"%PDF-1.4 x")
    dest = root / "a" / "b" / "dest"
    try:
        written = extract_zip(archive, dest, ReadLimits())
    except DocumentUnreadable as error:
        assert error.file == "upload.zip"
        written = []
    for top, _dirs, files in os.walk(root):
        for name in files:
            path = Path(top, name)
            assert path == archive or dest.resolve() in path.resolve().parents, f"{path} escaped"
    assert all(dest.resolve() in p.parents for p in written)


@given(st.binary(max_size=64),
       st.sampled_from([".pdf", ".jpg", ".jpeg", ".png", ".tif", ".zip", ".docx", ""]))
def test_check_file_names_the_file_or_agrees_with_the_extension(
        tmp_path_factory: pytest.TempPathFactory, head: bytes, extension: str) -> None:
    path = tmp_path_factory.mktemp("upload") / f"f{extension}"
    path.write_bytes(head)
    try:
        kind, _ = check_file(path, f"上传{extension}", ReadLimits())
    except DocumentUnreadable as error:
        assert error.file == f"上传{extension}"
        return
    assert {"pdf": (".pdf",), "zip": (".zip",),
            "image": (".jpg", ".jpeg", ".png", ".tif")}[kind].count(extension) == 1

