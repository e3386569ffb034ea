"""The reference tables of a window: pension records and the integrity archive.

Columns and their Chinese aliases are those of shared/spec/intake.md §1. A bad row is not
fatal: it is kept out of the table and reported as a problem naming the file, the row and the
field, so the run goes on and the report says which records were not used. A table that
cannot be used at all (unreadable, a symbolic link, a required column missing) is not fatal
either: it is reported, and the rules that need it say "not checked" for every applicant
instead of passing anyone.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from stdnum.cn import ric

from pipeline.dates import PartialDate, parse_partial_date, parse_period
from pipeline.errors import WindowError
from pipeline.ingest.tables import find_table, read_table

PENSION_COLUMNS = {
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "证件号码"),
    "name": ("姓名",),
    "unit_name": ("单位名称",),
    "unit_credit_code": ("统一社会信用代码", "单位统一社会信用代码", "信用代码"),
    "period": ("费款所属期", "所属期", "缴费年月", "应属年月"),
    "insurance": ("险种", "险种类型"),
    "payer": ("缴费类型", "缴费方式", "缴费主体"),
    "base": ("缴费基数",),
}
INTEGRITY_COLUMNS = {
    "id_number": ("身份证号", "身份证号码", "公民身份号码"),
    "name": ("姓名",),
    "reason": ("失信事由", "事由"),
    "recorded_on": ("记录日期", "记入日期"),
    "expires_on": ("到期日期", "截止日期"),
}
_UNIT_PAYER = {"unit", "单位缴费", "单位", "单位缴纳"}
_INDIVIDUAL_PAYER = {"individual", "个人缴费", "灵活就业", "个人缴费/灵活就业", "个人", "个体"}


@dataclass(frozen=True, slots=True)
class PensionRecord:
    """One month of pension contribution for one person by one payer."""

    id_number: str
    name: str
    unit_name: str
    unit_credit_code: str
    period: PartialDate
    insurance: str
    payer: str  # "unit" or "individual"
    row: int

    @property
    def unit_paid(self) -> bool:
        """True when a unit (not the person as a flexible worker) paid this month."""
        return self.payer == "unit"


@dataclass(frozen=True, slots=True)
class IntegrityRecord:
    """One entry of the integrity archive (诚信档案库)."""

    id_number: str
    name: str
    reason: str
    recorded_on: dt.date
    expires_on: dt.date | None
    row: int


@dataclass
class References:
    """The window's reference tables, indexed by identity number, with per-row problems."""

    pensions: dict[str, tuple[PensionRecord, ...]]
    integrity: dict[str, tuple[IntegrityRecord, ...]]
    problems: list[str]
    pension_source: str = ""
    integrity_source: str = ""
    integrity_error: str = ""  # set when the archive is present but unusable


def _normalise_id(text: str) -> str:
    return ric.compact(text) if text else ""


def load_pensions(path: Path) -> tuple[dict[str, tuple[PensionRecord, ...]], list[str]]:
    """Read the pension export; returns records by identity number and row problems."""
    rows = read_table(path, PENSION_COLUMNS, required=("id_number", "period", "payer"))
    by_person: dict[str, list[PensionRecord]] = defaultdict(list)
    problems = []
    for row_no, row in rows:
        period = parse_period(row["period"])
        payer = row["payer"]
        payer = ("unit" if payer in _UNIT_PAYER
                 else "individual" if payer in _INDIVIDUAL_PAYER else "")
        if period is None:
            problems.append(f"{path.name} row {row_no} field 'period': "
                            f"not a month: {row['period']!r}")
            continue
        if not payer:
            problems.append(f"{path.name} row {row_no} field 'payer': "
                            f"unknown payer {row['payer']!r}")
            continue
        if not row["id_number"]:
            problems.append(f"{path.name} row {row_no} field 'id_number': empty")
            continue
        record = PensionRecord(
            id_number=_normalise_id(row["id_number"]), name=row.get("name", ""),
            unit_name=row.get("unit_name", ""),
            unit_credit_code=row.get("unit_credit_code", "").upper(),
            period=period, insurance=row.get("insurance", ""), payer=payer, row=row_no,
        )
        by_person[record.id_number].append(record)
    return {k: tuple(sorted(v, key=lambda r: r.period)) for k, v in by_person.items()}, problems


def load_integrity(path: Path) -> tuple[dict[str, tuple[IntegrityRecord, ...]], list[str]]:
    """Read the integrity archive export; returns records by identity number and problems."""
    rows = read_table(path, INTEGRITY_COLUMNS, required=("id_number", "recorded_on"))
    by_person: dict[str, list[IntegrityRecord]] = defaultdict(list)
    problems = []
    for row_no, row in rows:
        recorded = parse_partial_date(row["recorded_on"])
        expires = parse_partial_date(row.get("expires_on", "")) if row.get("expires_on") else None
        if recorded is None:
            problems.append(f"{path.name} row {row_no} field 'recorded_on': "
                            f"not a date: {row['recorded_on']!r}")
            continue
        if row.get("expires_on") and expires is None:
            problems.append(f"{path.name} row {row_no} field 'expires_on': "
                            f"not a date: {row['expires_on']!r}")
            continue
        record = IntegrityRecord(
            id_number=_normalise_id(row["id_number"]), name=row.get("name", ""),
            reason=row.get("reason", ""), recorded_on=recorded.first_day(),
            expires_on=expires.first_day() if expires else None, row=row_no,
        )
        by_person[record.id_number].append(record)
    return {k: tuple(v) for k, v in by_person.items()}, problems


def load_references(window: Path) -> References:
    """Load both tables from the window folder (the integrity archive is optional)."""
    pensions: dict[str, tuple[PensionRecord, ...]] = {}
    integrity: dict[str, tuple[IntegrityRecord, ...]] = {}
    problems: list[str] = []
    pension_path = find_table(window, "social_security")
    pension_source = integrity_source = integrity_error = ""
    if pension_path is None:
        problems.append("social_security.csv/.xlsx is missing: social-security checks not run")
    else:
        try:
            pensions, found = load_pensions(pension_path)
        except WindowError as exc:
            problems.append(f"{exc}: social-security checks not run")
        else:
            problems += found
            pension_source = pension_path.name
    integrity_path = find_table(window, "integrity_records")
    if integrity_path is not None:
        try:
            integrity, found = load_integrity(integrity_path)
        except WindowError as exc:
            integrity_error = str(exc)
            problems.append(f"{exc}: integrity-archive check not run")
        else:
            problems += found
            integrity_source = integrity_path.name
    return References(
        pensions, integrity, problems, pension_source=pension_source,
        integrity_source=integrity_source, integrity_error=integrity_error,
    )
