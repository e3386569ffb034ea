"""Pension-record helpers shared by the SS_* and WORK_HISTORY_CONFLICT rules."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.checks._base import Case, CheckContext
from pipeline.dates import PartialDate, month_of
from pipeline.errors import CredcheckError
from pipeline.ingest.references import PensionRecord
from pipeline.model import Evidence
from pipeline.units import same_unit


class MissingReference(CredcheckError):
    """A rule needs a reference table the window does not have."""


def records(case: Case, ctx: CheckContext) -> tuple[PensionRecord, ...]:
    """The applicant's pension records; raises MissingReference when the table is absent."""
    if ctx.pensions is None:
        raise MissingReference("social_security.csv/.xlsx missing or unusable: "
                               "social-security rules not checked")
    return ctx.pensions.get(case.application.id_number.strip().upper(), ())


def lookback(case: Case, months: int) -> list[PartialDate]:
    """The `months` months before the application month, that month excluded, oldest first."""
    current = case.application.application_date.month_index
    return [month_of(i) for i in range(current - months, current)]


def at_applying_unit(record: PensionRecord, case: Case) -> bool:
    """True when the record was paid by the applying unit."""
    unit = case.application.unit
    return same_unit(record.unit_credit_code, record.unit_name, unit.credit_code, unit.name)


def describe(record: PensionRecord) -> str:
    """One record as a reviewer reads it."""
    payer = "单位缴费" if record.unit_paid else "个人缴费"
    unit = record.unit_name or "（无单位）"
    code = f"（{record.unit_credit_code}）" if record.unit_credit_code else ""
    return f"{record.period} {unit}{code} {payer}"


def evidence(source: str, recs: Iterable[PensionRecord], limit: int = 6) -> tuple[Evidence, ...]:
    """Evidence rows pointing at the export's row numbers."""
    return tuple(
        Evidence.reference(source or "social_security", f"第{r.row}行：{describe(r)}")
        for r in list(recs)[:limit]
    )


def months_text(months: Iterable[PartialDate]) -> str:
    """Months joined for a message."""
    return "、".join(str(m) for m in months)
