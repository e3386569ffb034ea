"""Builders for forms, pension rows and check contexts used across the tests."""

from __future__ import annotations

import copy
from typing import Any

from stdnum.cn import ric

from pipeline import policy as policies
from pipeline.checks._base import Case, CheckContext
from pipeline.dates import parse_period
from pipeline.ingest.application import Application
from pipeline.ingest.references import IntegrityRecord, PensionRecord

UNIT_CODE = "91450200MA5KXXXXXX"


def id_number(body17: str) -> str:
    """A valid 18-character identity number from its first 17 digits."""
    return body17 + ric.calc_check_digit(body17 + "0")  # stdnum ignores the last character


BASE_FORM: dict[str, Any] = {
    "applicant_id": "T001",
    "name": "张伟",
    "id_number": id_number("45020219900312123"),
    "unit": {"name": "柳州某某科技有限公司", "credit_code": UNIT_CODE, "type": "private",
             "established_staff": False, "department": "柳州市工业和信息化局"},
    "series": "工程", "specialty": "土木工程", "level": "中级", "route": "normal",
    "current_title": {"name": "助理工程师", "level": "初级", "obtained_on": "2018-12-20",
                      "appointed_on": "2019-01-01"},
    "application_date": "2024-07-15",
    "education": [{"level": "本科", "school": "重庆大学", "major": "土木工程", "start": "2008-09",
                   "end": "2012-06", "diploma_number": "106111201205001234", "degree": "学士",
                   "degree_number": "1061142012001234"}],
    "work_history": [{"unit": "柳州某某科技有限公司", "credit_code": UNIT_CODE, "start": "2012-07",
                      "end": None, "post": "技术员"}],
    "papers": [{"title": "软土地基处理技术研究", "journal": "建筑技术", "issn": "1000-4726",
                "cn": "11-2115/TU", "year": 2022, "issue": "3", "authors": ["张伟", "李强"]}],
    "attachments": [],
}


def form(**changes: Any) -> Application:
    """The base form with top-level keys replaced (nested dicts merged one level)."""
    raw = copy.deepcopy(BASE_FORM)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(raw.get(key), dict):
            raw[key] = {**raw[key], **value}
        else:
            raw[key] = value
    return Application.model_validate(raw)


def pension_rows(id_no: str, months: list[str], unit: str = "柳州某某科技有限公司",
                 code: str = UNIT_CODE, payer: str = "unit") -> list[PensionRecord]:
    """One record per month (YYYYMM) paid by `unit`."""
    return [PensionRecord(id_no, "张伟", unit, code, parse_period(m), "企业职工基本养老保险", payer,
                          i + 2)
            for i, m in enumerate(months)]


def months(start: str, end: str) -> list[str]:
    """Every month from start to end inclusive, as YYYYMM."""
    first, last = parse_period(start), parse_period(end)
    return [f"{i // 12:04d}{i % 12 + 1:02d}"
            for i in range(first.month_index, last.month_index + 1)]


def context(pensions: list[PensionRecord] | None = None, integrity: list[IntegrityRecord] = (),
            policy: str = "liuzhou-2024", **kwargs: Any) -> CheckContext:
    """A check context over the given reference rows."""
    by_id: dict[str, list[PensionRecord]] = {}
    for row in pensions or []:
        by_id.setdefault(row.id_number, []).append(row)
    archive: dict[str, list[IntegrityRecord]] = {}
    for row in integrity:
        archive.setdefault(row.id_number, []).append(row)
    return CheckContext(
        policy=policies.load(policy),
        pensions=None if pensions is None else {k: tuple(v) for k, v in by_id.items()},
        integrity={k: tuple(v) for k, v in archive.items()}, **kwargs,
    )


def case(application: Application, **kwargs: Any) -> Case:
    """A case with no uploads unless given."""
    return Case(application=application, **kwargs)
